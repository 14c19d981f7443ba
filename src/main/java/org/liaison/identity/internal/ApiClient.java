package org.liaison.identity.internal;

import java.time.Instant;
import org.liaison.identity.Role;

/**
 * An institution's application (or a monitoring tool) that calls the API with a bearer token, never its secret.
 *
 * @param name             unique, lower case; the caller's name is {@code client:<name>} ({@link #principalName})
 * @param organisationCode the organisation it acts for
 * @param role             its one role, among {@link Role#FOR_API_CLIENTS}
 * @param keyId            the public part of its token (shown in lists to recognise a token)
 * @param revokedAt        when an administrator revoked it, or {@code null}
 * @param lastUsedAt       last call counted (written in batches, so up to a minute late), or {@code null}
 */
public record ApiClient(long id, String name, String organisationCode, Role role, String keyId, Instant expiresAt,
                        Instant createdAt, String createdBy, Instant revokedAt, String revokedBy,
                        Instant lastUsedAt) {

    /** The prefix of an API client's name as Spring Security and the audit trail know it. */
    public static final String PRINCIPAL_PREFIX = "client:";

    /** Whether the client can call now. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public String principalName() {
        return PRINCIPAL_PREFIX + name;
    }

    /** Revoked wins over expired. */
    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }
}

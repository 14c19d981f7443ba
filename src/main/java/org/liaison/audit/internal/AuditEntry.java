package org.liaison.audit.internal;

import java.time.Instant;
import java.util.Map;

/** One row of the audit trail, as stored. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType,
                         String objectId, String origin, Map<String, String> details, String previousHash,
                         String hash) {
}

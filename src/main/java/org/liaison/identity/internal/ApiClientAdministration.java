package org.liaison.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Organisation;
import org.liaison.identity.Role;
import org.liaison.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators create API clients (a token shown once) and revoke them; both are audited. A client acts for
 * one organisation with one role among {@link Role#FOR_API_CLIENTS}, until its expiry date (two years at most, so
 * that every token is replaced at least that often).
 */
@Service
public class ApiClientAdministration {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    /** The longest validity an administrator may give. */
    public static final int MAX_VALIDITY_DAYS = 731;

    /** Expiry dates are days in the liaison body's time zone; a client works until the end of its last day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** A client as entered by an administrator; {@code lastDay} is the last day it may call. */
    public record NewClient(String name, String organisationCode, Role role, LocalDate lastDay) {
    }

    /** Violations, or the new client with its token (to show once, never stored). */
    public record Outcome(List<FieldProblem> violations, ApiClient client, String token) {

        public boolean ok() {
            return violations.isEmpty();
        }
    }

    private final ApiClientStore clients;
    private final OrganisationStore organisations;
    private final AuditTrail audit;
    private final ApiClientAuthenticator authenticator;
    private final Clock clock = Clock.systemUTC();

    ApiClientAdministration(ApiClientStore clients, OrganisationStore organisations, AuditTrail audit,
                            ApiClientAuthenticator authenticator) {
        this.clients = clients;
        this.authenticator = authenticator;
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<ApiClient> all() {
        return clients.all();
    }

    public Optional<ApiClient> find(String name) {
        return clients.findByName(UserStore.normalise(name));
    }

    @Transactional
    public Outcome create(NewClient request, String actor) {
        String name = UserStore.normalise(request.name());
        List<FieldProblem> violations = new ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            violations.add(IdentityProblems.of("name", "identity.client.name.invalid"));
        } else if (clients.findByName(name).isPresent()) {
            violations.add(IdentityProblems.of("name", "identity.client.name.taken"));
        }
        if (request.role() == null || !Role.FOR_API_CLIENTS.contains(request.role())) {
            violations.add(IdentityProblems.of("role", "identity.client.role.invalid"));
        }
        String code = request.organisationCode() == null ? "" : request.organisationCode().strip();
        Optional<Organisation> organisation = code.isEmpty() ? Optional.empty() : organisations.find(code);
        if (code.isEmpty()) {
            violations.add(IdentityProblems.of("organisationCode", "identity.client.organisation.required"));
        } else if (request.role() != null && Role.FOR_API_CLIENTS.contains(request.role())) {
            // the same organisation rules as a person's (an institution agent belongs to a French institution)
            violations.addAll(UserRules.rolesAndOrganisation(Set.of(request.role()), organisation.orElse(null),
                    organisation.isEmpty()));
        } else if (organisation.isEmpty()) {
            violations.add(IdentityProblems.of("organisationCode", "identity.user.organisation.unknown"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (request.lastDay() == null || request.lastDay().isBefore(today)
                || request.lastDay().isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            violations.add(IdentityProblems.of("lastDay", "identity.client.lastDay.invalid"));
        }
        if (!violations.isEmpty()) {
            return new Outcome(List.copyOf(violations), null, null);
        }
        Instant expiresAt = request.lastDay().plusDays(1).atStartOfDay(ZONE).toInstant();
        ApiClientSecrets.Issued secret = ApiClientSecrets.issue();
        clients.insert(name, code, request.role(), secret, expiresAt, actor);
        audit.record(AuditEvent.of("API_CLIENT_CREATED", "API_CLIENT", name).with("role", request.role())
                .with("organisation", code).with("keyId", secret.keyId()).with("expiresAt", expiresAt));
        return new Outcome(List.of(), clients.findByName(name).orElseThrow(), secret.token());
    }

    /**
     * Revokes the client: at once on this instance, within {@code liaison.api-clients.token-cache} (5 s) on the
     * others ({@link ApiClientAuthenticator}); a no-op when already revoked.
     */
    @Transactional
    public ApiClient revoke(String name, String actor) {
        ApiClient client = find(name).orElseThrow(() -> new UnknownApiClientException(name));
        // after the commit: forgotten earlier, a call in between could remember the row as it was
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                authenticator.forget(client.keyId());
            }
        });
        if (clients.revoke(client.id(), Instant.now(clock), actor)) {
            audit.record(AuditEvent.of("API_CLIENT_REVOKED", "API_CLIENT", client.name())
                    .with("keyId", client.keyId()));
        }
        return find(name).orElseThrow();
    }
}

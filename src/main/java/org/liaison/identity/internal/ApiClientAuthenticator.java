package org.liaison.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Checks a bearer token against PostgreSQL on every call (one indexed read by key id, then a SHA-256 compared in
 * constant time): a revocation or an expiry holds at once on every instance, with no cache to invalidate.
 */
@Service
public class ApiClientAuthenticator {

    /** The signed-in API client, as Spring Security's principal. */
    public record ApiClientPrincipal(long id, String getName, String organisationCode) implements AuthenticatedPrincipal {
    }

    /** What came of a token: an authentication, or why not (never which part of the token was wrong). */
    public sealed interface Result {
    }

    public record Accepted(Authentication authentication, ApiClientPrincipal client) implements Result {
    }

    public record Refused(Reason reason) implements Result {
    }

    public enum Reason { INVALID, EXPIRED, REVOKED }

    private final ApiClientStore clients;
    private final Clock clock = Clock.systemUTC();

    ApiClientAuthenticator(ApiClientStore clients) {
        this.clients = clients;
    }

    public Result authenticate(String token) {
        ApiClientSecrets.Parsed parsed = ApiClientSecrets.parse(token).orElse(null);
        if (parsed == null) {
            return new Refused(Reason.INVALID);
        }
        ApiClientStore.StoredClient stored = clients.findByKeyId(parsed.keyId()).orElse(null);
        if (stored == null || !ApiClientSecrets.matches(parsed.secret(), stored.secretHash())) {
            return new Refused(Reason.INVALID);
        }
        ApiClient client = stored.client();
        switch (client.status(Instant.now(clock))) {
            case REVOKED -> {
                return new Refused(Reason.REVOKED);
            }
            case EXPIRED -> {
                return new Refused(Reason.EXPIRED);
            }
            default -> {
                ApiClientPrincipal principal = new ApiClientPrincipal(client.id(), client.principalName(),
                        client.organisationCode());
                return new Accepted(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                        List.of(new SimpleGrantedAuthority(client.role().authority()))), principal);
            }
        }
    }
}

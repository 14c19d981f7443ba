package org.liaison.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Checks a bearer token against PostgreSQL (one indexed read by key id, then a SHA-256 compared in constant time).
 * A client found valid is remembered for {@code liaison.api-clients.token-cache} (5 s; 0 turns it off), keyed by its
 * key id and the secret's hash, so that a client calling many times a second reads its row a few times a minute
 * instead of on every call (the read was most of a token's cost). Expiry is still judged on every call; a revocation
 * holds at once on the instance that revoked and within that delay on the others.
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

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(String secretHash, ApiClient client, Instant until) {
    }

    private final ApiClientStore clients;
    private final Duration remembered;
    private final Map<String, Remembered> valid = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    ApiClientAuthenticator(ApiClientStore clients,
                           @Value("${liaison.api-clients.token-cache:5s}") Duration remembered) {
        this.clients = clients;
        this.remembered = remembered;
    }

    public Result authenticate(String token) {
        ApiClientSecrets.Parsed parsed = ApiClientSecrets.parse(token).orElse(null);
        if (parsed == null) {
            return new Refused(Reason.INVALID);
        }
        Instant now = Instant.now(clock);
        String secretHash = ApiClientSecrets.hash(parsed.secret());
        Remembered known = valid.get(parsed.keyId());
        ApiClient client;
        if (known != null && known.until().isAfter(now)
                && MessageDigest.isEqual(bytes(known.secretHash()), bytes(secretHash))) {
            client = known.client();
        } else {
            ApiClientStore.StoredClient stored = clients.findByKeyId(parsed.keyId()).orElse(null);
            if (stored == null || !ApiClientSecrets.matches(parsed.secret(), stored.secretHash())) {
                return new Refused(Reason.INVALID);
            }
            client = stored.client();
            if (!remembered.isZero() && client.status(now) == ApiClient.Status.ACTIVE) {
                if (valid.size() >= MAX_REMEMBERED) {
                    valid.clear();
                }
                valid.put(parsed.keyId(), new Remembered(stored.secretHash(), client, now.plus(remembered)));
            }
        }
        switch (client.status(now)) {
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

    /** Forgets a client at once on this instance (its revocation). */
    void forget(String keyId) {
        valid.remove(keyId);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

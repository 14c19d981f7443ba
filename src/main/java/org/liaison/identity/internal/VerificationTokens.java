package org.liaison.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links that verify an applicant's e-mail address: 256 random bits, of which only the SHA-256 is stored (a
 * stolen table opens no account; a slow hash would add nothing to a secret that cannot be guessed), used once,
 * valid 24 hours. A new link does not cancel the earlier ones: the applicant may click whichever mail arrives.
 */
@Repository
public class VerificationTokens {

    public static final Duration VALIDITY = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    VerificationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the user, valid from now; the returned text goes in the link and is not kept. */
    String issue(long userId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into applicant_token (token_hash, user_id, purpose, expires_at, created_at) values (?, ?, 'VERIFY_EMAIL', ?, ?)")
                .params(hash(token), userId, Timestamp.from(now.plus(VALIDITY)), Timestamp.from(now)).update();
        return token;
    }

    /**
     * The user the token verifies, and the token is spent; empty when it is unknown, used or expired. One update
     * marks it used, so two clicks at once cannot both succeed.
     */
    Optional<Long> consume(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update applicant_token set used_at = ? where token_hash = ? and purpose = 'VERIFY_EMAIL'
                  and used_at is null and expires_at > ? returning user_id""")
                .params(Timestamp.from(now), hash(token), Timestamp.from(now)).query(Long.class).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.liaison.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Bounds the cost of HTTP Basic on the API: a password that was verified (bcrypt, ~75 ms) is not verified again
 * for {@code liaison.identity.basic-cache} (60 s) when the same user presents it again. The key is the username
 * and an HMAC of the presented password under a key drawn at start-up (never the password); the entry remembers
 * the stored hash it was checked against.
 * <p>
 * Nothing is taken from the cache but the password check: the user is read from the database on every call as
 * before, so a disabled or locked account is refused at once, its roles are current, and a changed password (a new
 * stored hash) no longer matches the entry: the cache invalidates itself on every instance, with no event to
 * send. Failures are never cached (each wrong password is hashed and counted by the lock-out).
 */
@Component
public class PasswordVerificationCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(String username, String passwordMac) {
    }

    private record Entry(String storedHash, Instant expires) {
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong hashings = new AtomicLong();
    private final SecretKeySpec macKey;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();

    PasswordVerificationCache(@Value("${liaison.identity.basic-cache:60s}") Duration ttl) {
        this.ttl = ttl;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.macKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** A provider for the machines' chains: the user loaded as usual, the password checked through this cache. */
    public DaoAuthenticationProvider provider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
            @Override
            protected void additionalAuthenticationChecks(UserDetails user,
                                                          UsernamePasswordAuthenticationToken authentication) {
                if (authentication.getCredentials() == null) {
                    throw new BadCredentialsException("no password");
                }
                Key key = new Key(user.getUsername(), mac(authentication.getCredentials().toString()));
                Entry entry = entries.get(key);
                Instant now = Instant.now(clock);
                if (entry != null && entry.expires().isAfter(now)
                        && MessageDigest.isEqual(bytes(entry.storedHash()), bytes(user.getPassword()))) {
                    return;
                }
                hashings.incrementAndGet();
                super.additionalAuthenticationChecks(user, authentication); // throws when the password is wrong
                remember(key, new Entry(user.getPassword(), now.plus(ttl)), now);
            }
        };
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    /** Whether this password was verified for this user less than the cache's duration ago (not yet compared with
     * the stored hash, which the provider does). */
    public boolean remembers(String username, Object credentials) {
        if (username == null || credentials == null) {
            return false;
        }
        Entry entry = entries.get(new Key(username, mac(credentials.toString())));
        return entry != null && entry.expires().isAfter(Instant.now(clock));
    }

    /** How many passwords were really verified (a test hook: a cache hit does not count). */
    public long hashings() {
        return hashings.get();
    }

    private void remember(Key key, Entry entry, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // a flood of distinct users: start again rather than grow
            }
        }
        entries.put(key, entry);
    }

    private String mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}

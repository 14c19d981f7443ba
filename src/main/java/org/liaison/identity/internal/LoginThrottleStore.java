package org.liaison.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in slow-down in PostgreSQL ({@code login_throttle}, {@code login_unknown_failure}), so that it holds across
 * instances. Rows are keyed by a SHA-256 digest of the address or of the typed user name: a name typed into the wrong
 * field may be a password, and addresses are personal data.
 */
@Repository
class LoginThrottleStore {

    private final JdbcClient jdbc;

    LoginThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String addressKey(String address) {
        return "a:" + digest(address == null ? "" : address);
    }

    static String nameKey(String normalisedName) {
        return "u:" + digest(normalisedName);
    }

    /** The lock-out of a user name that names no account, holding its row until the transaction ends. */
    LockoutState nameForUpdate(String key, Instant now) {
        ensure(key, now);
        return jdbc.sql("select failures, locked_until from login_throttle where key = ? for update").param(key)
                .query((rs, n) -> new LockoutState(rs.getInt(1), instant(rs.getTimestamp(2)))).single();
    }

    LockoutState name(String key) {
        return jdbc.sql("select failures, locked_until from login_throttle where key = ?").param(key)
                .query((rs, n) -> new LockoutState(rs.getInt(1), instant(rs.getTimestamp(2)))).optional()
                .orElse(LockoutState.CLEAR);
    }

    void setName(String key, LockoutState state, Instant now) {
        jdbc.sql("update login_throttle set failures = ?, locked_until = ?, updated_at = ? where key = ?")
                .params(state.failedAttempts(), offset(state.lockedUntil()), offset(now), key).update();
    }

    /** The failures of one address in its window, holding its row until the transaction ends. */
    AddressThrottle.State addressForUpdate(String key, Instant now) {
        ensure(key, now);
        return jdbc.sql("select failures, window_start from login_throttle where key = ? for update").param(key)
                .query((rs, n) -> new AddressThrottle.State(rs.getInt(1), instant(rs.getTimestamp(2)))).single();
    }

    AddressThrottle.State address(String key) {
        return jdbc.sql("select failures, window_start from login_throttle where key = ?").param(key)
                .query((rs, n) -> new AddressThrottle.State(rs.getInt(1), instant(rs.getTimestamp(2)))).optional()
                .orElse(AddressThrottle.State.NONE);
    }

    void setAddress(String key, AddressThrottle.State state, Instant now) {
        jdbc.sql("update login_throttle set failures = ?, window_start = ?, updated_at = ? where key = ?")
                .params(state.failures(), offset(state.windowStart()), offset(now), key).update();
    }

    /** Gives back an attempt counted before a password that turned out right. */
    void giveBack(String key) {
        jdbc.sql("update login_throttle set failures = failures - 1 where key = ? and failures > 0").param(key).update();
    }

    /** Lifts every address's slow-down (the recovery command). */
    int clearAddresses() {
        return jdbc.sql("delete from login_throttle where key like 'a:%'").update();
    }

    void tallyUnknown(String addressKey, Instant now) {
        jdbc.sql("insert into login_unknown_failure (at, address) values (?, ?)").params(offset(now), addressKey)
                .update();
    }

    /** Takes out the failures with an unknown user name up to {@code now}: the address key of each. */
    List<String> drainUnknown(Instant now) {
        return jdbc.sql("delete from login_unknown_failure where at <= ? returning address").param(offset(now))
                .query(String.class).list();
    }

    /** Forgets rows that have not changed for {@code idle} and hold nothing now. */
    int forget(Instant now, Duration idle) {
        return jdbc.sql("""
                        delete from login_throttle where updated_at < ? and (locked_until is null or locked_until <= ?)""")
                .params(offset(now.minus(idle)), offset(now)).update();
    }

    private void ensure(String key, Instant now) {
        jdbc.sql("insert into login_throttle (key, updated_at) values (?, ?) on conflict (key) do nothing")
                .params(key, offset(now)).update();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Object offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

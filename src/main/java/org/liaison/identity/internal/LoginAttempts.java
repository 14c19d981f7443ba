package org.liaison.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts, locks accounts, slows down addresses, and writes every sign-in, failure, lock-out and
 * sign-out of an account to the audit trail.
 * <p>
 * An attempt is counted <em>before</em> its password is checked ({@link #reserve}), in one short transaction holding
 * the address's row then the account's (always in that order, so two reservations never wait on each other), and
 * given back when the password was right: 40 guesses at once check at most {@code max-failures} passwords.
 * <p>
 * A user name that names no account is counted and locked exactly like an account (in {@code login_throttle},
 * under a digest of the name), so that the answer never tells whether an account exists. Such failures are not
 * audited one by one (the trail would fill with them, and the name may be a password typed in the wrong field): they
 * are counted, and {@link #summariseUnknown} writes one entry per period.
 */
@Service
public class LoginAttempts {

    /**
     * A counted attempt: whether its password may be checked, whether the name is an account's, and whether this
     * attempt, if it fails, is the one that locks.
     */
    public record Reservation(boolean allowed, boolean known, int failures, boolean locks) {
        static final Reservation REFUSED_UNKNOWN = new Reservation(false, false, 0, false);
    }

    private final UserStore users;
    private final LoginThrottleStore throttle;
    private final LockoutPolicy policy;
    private final AddressThrottle addresses;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    LoginAttempts(UserStore users, LoginThrottleStore throttle, LockoutProperties properties, AuditTrail audit) {
        this.users = users;
        this.throttle = throttle;
        this.policy = properties.policy();
        this.addresses = properties.addressThrottle();
        this.audit = audit;
    }

    /** Counts one attempt of this name from this address before its password is checked. */
    @Transactional
    public Reservation reserve(String attemptedUsername, String address) {
        Instant now = Instant.now(clock);
        String username = UserStore.normalise(attemptedUsername);
        String addressKey = LoginThrottleStore.addressKey(address);
        Optional<AddressThrottle.State> fromAddress = addresses.reserve(throttle.addressForUpdate(addressKey, now), now);
        if (fromAddress.isEmpty()) {
            return new Reservation(false, users.load(username).isPresent(), 0, false);
        }
        throttle.setAddress(addressKey, fromAddress.get(), now);
        Optional<LockoutState> account = users.lockoutForUpdate(username);
        boolean known = account.isPresent();
        String nameKey = LoginThrottleStore.nameKey(username);
        LockoutState before = known ? account.get() : throttle.nameForUpdate(nameKey, now);
        Optional<LockoutState> after = policy.reserve(before, now);
        if (after.isEmpty()) {
            return new Reservation(false, known, before.failedAttempts(), false);
        }
        if (known) {
            users.setLockout(username, after.get());
        } else {
            throttle.setName(nameKey, after.get(), now);
        }
        return new Reservation(true, known, after.get().failedAttempts(), after.get().lockedAt(now));
    }

    /** The password was wrong (or the name unknown): the attempt stays counted. */
    @Transactional
    public void failed(String attemptedUsername, String address, Reservation reservation) {
        String username = UserStore.normalise(attemptedUsername);
        if (!reservation.known()) {
            throttle.tallyUnknown(LoginThrottleStore.addressKey(address), Instant.now(clock));
            return;
        }
        audit.record(AuditEvent.of("LOGIN_FAILED", "USER", username)
                .with("failedAttempts", reservation.failures()));
        if (reservation.locks()) {
            audit.record(AuditEvent.of("ACCOUNT_LOCKED", "USER", username).by("system")
                    .with("until", Instant.now(clock).plus(policy.duration())));
        }
    }

    /** A sign-in refused before its password was checked (locked account or address, disabled account). */
    @Transactional
    public void refused(String attemptedUsername, String address, Reservation reservation, String reason) {
        if (!reservation.known()) {
            throttle.tallyUnknown(LoginThrottleStore.addressKey(address), Instant.now(clock));
            return;
        }
        audit.record(AuditEvent.of("LOGIN_REFUSED", "USER", UserStore.normalise(attemptedUsername))
                .with("reason", reason));
    }

    /** Whether a sign-in with this name from this address would be refused now, alike for known and unknown names. */
    @Transactional(readOnly = true)
    public boolean isLocked(String attemptedUsername, String address) {
        Instant now = Instant.now(clock);
        String username = UserStore.normalise(attemptedUsername);
        if (addresses.heldAt(throttle.address(LoginThrottleStore.addressKey(address)), now)) {
            return true;
        }
        LockoutState state = users.load(username)
                .map(u -> new LockoutState(u.failedAttempts(), u.account().lockedUntil()))
                .orElseGet(() -> throttle.name(LoginThrottleStore.nameKey(username)));
        return state.lockedAt(now);
    }

    /**
     * The password was right: earlier failures are forgotten and the address gets its attempt back, without an
     * audit entry (API calls authenticate each time).
     */
    @Transactional
    public void cleared(String username, String address) {
        users.clearFailures(username);
        throttle.giveBack(LoginThrottleStore.addressKey(address));
    }

    @Transactional
    public void succeeded(String username) {
        users.recordLogin(username, Instant.now(clock));
        audit.record(AuditEvent.of("LOGIN_SUCCEEDED", "USER", UserStore.normalise(username)).by(username));
    }

    @Transactional
    public void loggedOut(String username) {
        audit.record(AuditEvent.of("LOGOUT", "USER", UserStore.normalise(username)).by(username));
    }

    /**
     * Lifts an account's lock-out and every address's slow-down (the recovery command, for an administrator locked
     * out by someone guessing); false when no account has this name.
     */
    @Transactional
    public boolean unlock(String attemptedUsername, String actor) {
        String username = UserStore.normalise(attemptedUsername);
        if (users.load(username).isEmpty()) {
            return false;
        }
        users.setLockout(username, LockoutState.CLEAR);
        int addressesCleared = throttle.clearAddresses();
        audit.record(AuditEvent.of("USER_UNLOCKED", "USER", username).by(actor)
                .with("addressesCleared", addressesCleared));
        return true;
    }

    /**
     * Counts the failed sign-ins with unknown user names since the last summary into one audit entry (how many, from
     * how many addresses; never the names), and forgets throttle rows idle for a day.
     */
    @Transactional
    public long summariseUnknown() {
        Instant now = Instant.now(clock);
        var failures = throttle.drainUnknown(now);
        if (!failures.isEmpty()) {
            audit.record(AuditEvent.of("LOGIN_FAILED_UNKNOWN_SUMMARY", "USER", null).by("system")
                    .with("count", failures.size()).with("addresses", failures.stream().distinct().count())
                    .with("until", now));
        }
        throttle.forget(now, java.time.Duration.ofDays(1));
        return failures.size();
    }
}

package org.liaison.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps count of failed sign-ins, locks accounts, and writes every sign-in, failure, lock-out and sign-out to
 * the audit trail. An attempted username is recorded only when it names an existing account, so that a password
 * typed into the username field never lands in the trail.
 */
@Service
public class LoginAttempts {

    /** What a failed attempt led to. */
    public enum Outcome { FAILED, LOCKED }

    private final UserStore users;
    private final LockoutPolicy policy;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    LoginAttempts(UserStore users, LockoutProperties properties, AuditTrail audit) {
        this.users = users;
        this.policy = properties.policy();
        this.audit = audit;
    }

    @Transactional
    public Outcome failed(String attemptedUsername) {
        String username = UserStore.normalise(attemptedUsername);
        Optional<LockoutState> state = users.lockoutForUpdate(username);
        if (state.isEmpty()) {
            audit.record(AuditEvent.of("LOGIN_FAILED", "USER", null).with("knownUser", false));
            return Outcome.FAILED;
        }
        Instant now = Instant.now(clock);
        LockoutState next = policy.afterFailure(state.get(), now);
        users.setLockout(username, next);
        audit.record(AuditEvent.of("LOGIN_FAILED", "USER", username).with("failedAttempts", next.failedAttempts()));
        if (next.lockedAt(now) && !state.get().lockedAt(now)) {
            audit.record(AuditEvent.of("ACCOUNT_LOCKED", "USER", username).by("system")
                    .with("until", next.lockedUntil()));
            return Outcome.LOCKED;
        }
        return next.lockedAt(now) ? Outcome.LOCKED : Outcome.FAILED;
    }

    /** A sign-in refused before the password was even checked (locked or disabled account). */
    @Transactional
    public void refused(String attemptedUsername, String reason) {
        String username = UserStore.normalise(attemptedUsername);
        boolean known = users.load(username).isPresent();
        audit.record(AuditEvent.of("LOGIN_REFUSED", "USER", known ? username : null).with("reason", reason));
    }

    /** Whether the account is locked now (false for an unknown user). */
    @Transactional
    public boolean isLocked(String attemptedUsername) {
        return users.lockoutForUpdate(UserStore.normalise(attemptedUsername))
                .map(state -> state.lockedAt(Instant.now(clock))).orElse(false);
    }

    /** A successful authentication clears earlier failures, without an audit entry (API calls authenticate each time). */
    @Transactional
    public void cleared(String username) {
        users.clearFailures(username);
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
}

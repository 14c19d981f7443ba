package org.liaison.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After {@code maxFailures} consecutive failed sign-ins an account is locked for {@code duration}; when that
 * lock has expired, counting starts again from the next failure. A success clears everything.
 * <p>
 * An attempt is counted as a failure <em>before</em> its password is checked ({@link #reserve}), in one transaction
 * holding the account's row, and given back when the password was right: however many guesses arrive at once, at
 * most {@code maxFailures} passwords are checked before the lock.
 */
record LockoutPolicy(int maxFailures, Duration duration) {

    LockoutPolicy {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lock-out needs max-failures >= 1 and a positive duration");
        }
    }

    /** The state once one more attempt is counted, or empty when the account is locked now: no password is checked. */
    Optional<LockoutState> reserve(LockoutState state, Instant now) {
        return state.lockedAt(now) ? Optional.empty() : Optional.of(afterFailure(state, now));
    }

    LockoutState afterFailure(LockoutState state, Instant now) {
        if (state.lockedAt(now)) {
            return state;
        }
        boolean expired = state.lockedUntil() != null;
        int failures = expired ? 1 : state.failedAttempts() + 1;
        return new LockoutState(failures, failures >= maxFailures ? now.plus(duration) : null);
    }
}

package org.liaison.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailures} consecutive failed sign-ins an account is locked for {@code duration}; when that
 * lock has expired, counting starts again from the next failure. A success clears everything.
 */
record LockoutPolicy(int maxFailures, Duration duration) {

    LockoutPolicy {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lock-out needs max-failures >= 1 and a positive duration");
        }
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

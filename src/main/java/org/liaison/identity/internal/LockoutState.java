package org.liaison.identity.internal;

import java.time.Instant;

/** Consecutive sign-in failures of one account and the end of its lock-out, if any. */
record LockoutState(int failedAttempts, Instant lockedUntil) {

    static final LockoutState CLEAR = new LockoutState(0, null);

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

package org.liaison.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code maxFailures} failed sign-ins from one client address per {@code window} (a fixed window starting at
 * the first failure); beyond, the address is refused until the window ends, whatever account it names. It slows down
 * one address guessing passwords of many accounts, or locking them, without locking anybody for long. A success gives
 * its attempt back, so that an office behind one address is not held by its own sign-ins.
 */
record AddressThrottle(int maxFailures, Duration window) {

    /** Failures counted from one address since {@code windowStart} ({@code null}: none yet). */
    record State(int failures, Instant windowStart) {
        static final State NONE = new State(0, null);
    }

    AddressThrottle {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the address throttle needs max-failures >= 1 and a positive window");
        }
    }

    /** The state once one more attempt is counted, or empty when the address is held now. */
    Optional<State> reserve(State state, Instant now) {
        if (!inWindow(state, now)) {
            return Optional.of(new State(1, now));
        }
        return state.failures() >= maxFailures ? Optional.empty()
                : Optional.of(new State(state.failures() + 1, state.windowStart()));
    }

    boolean heldAt(State state, Instant now) {
        return inWindow(state, now) && state.failures() >= maxFailures;
    }

    private boolean inWindow(State state, Instant now) {
        return state.windowStart() != null && state.windowStart().plus(window).isAfter(now);
    }
}

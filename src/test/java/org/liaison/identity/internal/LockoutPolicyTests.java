package org.liaison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void fourFailuresCountButDoNotLock() {
        LockoutState state = LockoutState.CLEAR;
        for (int i = 0; i < 4; i++) {
            state = policy.afterFailure(state, NOW);
        }
        assertThat(state).isEqualTo(new LockoutState(4, null));
        assertThat(state.lockedAt(NOW)).isFalse();
    }

    @Test
    void theFifthConsecutiveFailureLocksForTheConfiguredDuration() {
        LockoutState state = policy.afterFailure(new LockoutState(4, null), NOW);

        assertThat(state.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(state.lockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(state.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void afterTheLockExpiresCountingStartsAgain() {
        LockoutState expired = new LockoutState(5, NOW.minusSeconds(1));

        assertThat(policy.afterFailure(expired, NOW)).isEqualTo(new LockoutState(1, null));
    }

    @Test
    void aFailureDuringTheLockDoesNotExtendIt() {
        LockoutState locked = new LockoutState(5, NOW.plusSeconds(60));

        assertThat(policy.afterFailure(locked, NOW)).isEqualTo(locked);
    }

    @Test
    void anAttemptIsCountedBeforeItsPasswordIsCheckedAndTheFifthLocks() {
        assertThat(policy.reserve(new LockoutState(3, null), NOW)).contains(new LockoutState(4, null));
        assertThat(policy.reserve(new LockoutState(4, null), NOW).orElseThrow().lockedAt(NOW)).isTrue();
    }

    @Test
    void noAttemptIsAllowedWhileLocked() {
        assertThat(policy.reserve(new LockoutState(5, NOW.plusSeconds(1)), NOW)).isEmpty();
        assertThat(policy.reserve(new LockoutState(5, NOW), NOW)).contains(new LockoutState(1, null));
    }

    @Test
    void anAddressMayFailSoManyTimesPerWindowThenWaitsForTheWindowToEnd() {
        AddressThrottle throttle = new AddressThrottle(2, Duration.ofMinutes(15));
        AddressThrottle.State first = throttle.reserve(AddressThrottle.State.NONE, NOW).orElseThrow();
        AddressThrottle.State second = throttle.reserve(first, NOW.plusSeconds(60)).orElseThrow();

        assertThat(second).isEqualTo(new AddressThrottle.State(2, NOW));
        assertThat(throttle.heldAt(second, NOW.plusSeconds(60))).isTrue();
        assertThat(throttle.reserve(second, NOW.plus(Duration.ofMinutes(14)))).isEmpty();
        assertThat(throttle.reserve(second, NOW.plus(Duration.ofMinutes(15))))
                .contains(new AddressThrottle.State(1, NOW.plus(Duration.ofMinutes(15))));
    }
}

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
}

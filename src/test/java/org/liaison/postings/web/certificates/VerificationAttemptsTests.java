package org.liaison.postings.web.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The verification rate limit: a sliding window per client address. */
class VerificationAttemptsTests {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T10:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aClientOverTheLimitWaitsUntilItsOldestAttemptLeavesTheWindow() {
        VerificationAttempts attempts = new VerificationAttempts(3, Duration.ofMinutes(10), clock);

        assertThat(attempts.tryAttempt("a")).isTrue();
        now.set(now.get().plusSeconds(60));
        assertThat(attempts.tryAttempt("a")).isTrue();
        assertThat(attempts.tryAttempt("a")).isTrue();
        assertThat(attempts.tryAttempt("a")).isFalse();
        assertThat(attempts.tryAttempt("b")).as("another address has its own budget").isTrue();
        assertThat(attempts.retryAfterSeconds("a")).isEqualTo(540);

        now.set(now.get().plusSeconds(540));
        assertThat(attempts.tryAttempt("a")).isTrue();
        assertThat(attempts.tryAttempt("a")).isFalse();
    }
}

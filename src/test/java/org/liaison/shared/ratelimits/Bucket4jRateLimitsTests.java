package org.liaison.shared.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.shared.RateLimits;
import org.liaison.shared.RateLimits.Allowance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rate limits in PostgreSQL: two instances (two {@link Bucket4jRateLimits} over the same database) share each
 * client's count, the allowance comes back whole at the end of its period, and expired rows are deleted.
 */
@SpringBootTest(classes = LiaisonApplication.class)
@ActiveProfiles("test")
class Bucket4jRateLimitsTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    /** The time the buckets read, moved by the test. */
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T10:00:00Z"));
    final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            Instant instant = now.get();
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    /** A name of its own for each test, so that nothing else counts in its buckets. */
    final String name = "test-" + UUID.randomUUID();

    @Test
    void twoInstancesOverTheSameDatabaseShareEachClientsAllowance() {
        RateLimits first = new Bucket4jRateLimits(dataSource, clock);
        RateLimits second = new Bucket4jRateLimits(dataSource, clock);
        Allowance threePerTenMinutes = new Allowance(name, 3, Duration.ofMinutes(10));

        assertThat(first.tryConsume(threePerTenMinutes, "192.0.2.1").allowed()).isTrue();
        assertThat(second.tryConsume(threePerTenMinutes, "192.0.2.1").allowed()).isTrue();
        now.set(now.get().plusSeconds(60));
        assertThat(first.tryConsume(threePerTenMinutes, "192.0.2.1").allowed()).isTrue();
        RateLimits.Verdict refused = second.tryConsume(threePerTenMinutes, "192.0.2.1");

        assertThat(refused.allowed()).as("the fourth use, counted by the other instance").isFalse();
        assertThat(refused.retryAfterSeconds()).as("until the period that began at the first use ends").isEqualTo(540);
        assertThat(first.tryConsume(threePerTenMinutes, "192.0.2.2").allowed()).as("another client").isTrue();
        assertThat(first.tryConsume(new Allowance(name + "-other", 3, Duration.ofMinutes(10)), "192.0.2.1").allowed())
                .as("another allowance of the same client").isTrue();

        now.set(now.get().plusSeconds(539));
        assertThat(first.tryConsume(threePerTenMinutes, "192.0.2.1").allowed()).isFalse();
        now.set(now.get().plusSeconds(1));
        assertThat(second.tryConsume(threePerTenMinutes, "192.0.2.1").allowed()).as("the allowance is whole again").isTrue();
    }

    @Test
    void aRefusedAttemptIsNotCounted() {
        RateLimits limits = new Bucket4jRateLimits(dataSource, clock);
        Allowance onePerMinute = new Allowance(name, 1, Duration.ofMinutes(1));

        assertThat(limits.tryConsume(onePerMinute, "192.0.2.3").allowed()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(limits.tryConsume(onePerMinute, "192.0.2.3").allowed()).isFalse();
        }
        now.set(now.get().plusSeconds(60));
        assertThat(limits.tryConsume(onePerMinute, "192.0.2.3").allowed()).isTrue();
    }

    @Test
    void eachRowExpiresOnceItsAllowanceIsWholeAgainAndExpiredRowsAreDeleted() {
        Bucket4jRateLimits limits = new Bucket4jRateLimits(dataSource);
        long before = System.currentTimeMillis();
        limits.tryConsume(new Allowance(name + "-done", 5, Duration.ofMinutes(10)), "192.0.2.4");
        limits.tryConsume(new Allowance(name + "-current", 5, Duration.ofMinutes(10)), "192.0.2.4");

        Long expiresAt = jdbc.queryForObject("select expires_at from rate_limit_bucket where id = ?", Long.class,
                name + "-current|192.0.2.4");
        assertThat(expiresAt).as("the end of the period, and a minute")
                .isBetween(before + Duration.ofMinutes(11).toMillis(), System.currentTimeMillis() + Duration.ofMinutes(11).toMillis());

        // the first client's period ended long ago
        jdbc.update("update rate_limit_bucket set expires_at = ? where id = ?", before - 1, name + "-done|192.0.2.4");
        assertThat(limits.removeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select id from rate_limit_bucket where id like ?", String.class, name + "%"))
                .containsExactly(name + "-current|192.0.2.4");
    }
}

package org.liaison.shared.ratelimits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.RateLimits;

/**
 * {@link RateLimits} as Bucket4j token buckets kept in PostgreSQL (table {@code rate_limit_bucket}, Flyway V4_2),
 * one row per allowance and client, so that every instance over the same database shares the counts.
 * <p>
 * Each use locks its row ({@code select … for update}) on a connection of its own, committed at once: an attempt
 * counts even when the request that made it fails afterwards, and no caller's transaction holds the lock. A row
 * expires a minute after its bucket would be full again (nothing left to remember about that client), and
 * {@link #removeExpired()} deletes expired rows.
 */
public final class Bucket4jRateLimits implements RateLimits {

    static final String TABLE = "rate_limit_bucket";

    /** How long a row outlives the moment its bucket is full again. */
    private static final Duration KEPT_AFTER_REFILL = Duration.ofMinutes(1);
    private static final int REMOVAL_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public Bucket4jRateLimits(DataSource dataSource) {
        this(dataSource, null);
    }

    /** With the clock the buckets read (tests); {@code null} for the system's. */
    Bucket4jRateLimits(DataSource dataSource, @Nullable TimeMeter clock) {
        var builder = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_REFILL));
        if (clock != null) {
            builder.clientClock(clock);
        }
        this.buckets = builder.build();
    }

    @Override
    public Verdict tryConsume(Allowance allowance, String client) {
        Objects.requireNonNull(client, "client");
        BucketConfiguration configuration = BucketConfiguration.builder()
                // the whole allowance comes back at the end of the period, as a fixed window starting at first use
                .addLimit(limit -> limit.capacity(allowance.uses()).refillIntervally(allowance.uses(), allowance.per()))
                .build();
        ConsumptionProbe probe = buckets.builder()
                // a changed allowance (its properties) applies to the clients already counted, keeping what they used
                .withImplicitConfigurationReplacement(version(allowance), TokensInheritanceStrategy.AS_IS)
                .build(allowance.name() + "|" + client, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Verdict.allow() : Verdict.refuse(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Deletes the rows of clients whose allowance is whole again; returns how many. */
    public int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(REMOVAL_BATCH);
            removed += batch;
        } while (batch == REMOVAL_BATCH);
        return removed;
    }

    private static long version(Allowance allowance) {
        return ((long) allowance.uses() << 32) ^ allowance.per().toMillis();
    }
}

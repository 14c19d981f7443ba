package org.liaison.postings.internal;

import java.time.Duration;
import org.liaison.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many posting requests an anonymous client (one address) may submit per hour: enough for an employer's
 * real work, too few to flood the queue. Counted in the shared {@link RateLimits}, so the allowance holds across
 * instances.
 */
@Component
public class SubmissionRateLimit {

    private final RateLimits limits;
    private final RateLimits.Allowance allowance;

    public SubmissionRateLimit(RateLimits limits,
                               @Value("${liaison.postings.anonymous-submissions-per-hour:20}") int perHour) {
        this.limits = limits;
        this.allowance = new RateLimits.Allowance("posting-submissions", perHour, Duration.ofHours(1));
    }

    /** Counts one submission from the client; refused, with the wait, when its hourly allowance is spent. */
    public RateLimits.Verdict tryAcquire(String client) {
        return limits.tryConsume(allowance, client);
    }
}

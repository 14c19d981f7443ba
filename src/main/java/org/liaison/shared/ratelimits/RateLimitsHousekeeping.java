package org.liaison.shared.ratelimits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes expired buckets, so that the table holds only the clients counted in their current period. */
@Component
class RateLimitsHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(RateLimitsHousekeeping.class);

    private final Bucket4jRateLimits limits;

    RateLimitsHousekeeping(Bucket4jRateLimits limits) {
        this.limits = limits;
    }

    @Scheduled(initialDelayString = "${liaison.rate-limits.housekeeping-delay:PT2M}",
            fixedDelayString = "${liaison.rate-limits.housekeeping-interval:PT10M}")
    void removeExpired() {
        try {
            log.debug("Expired rate-limit buckets removed: {}", limits.removeExpired());
        } catch (RuntimeException e) {
            // the database may be away: the next run tries again, the rows only wait longer
            log.warn("Expired rate-limit buckets not removed: {}", e.getClass().getSimpleName());
        }
    }
}

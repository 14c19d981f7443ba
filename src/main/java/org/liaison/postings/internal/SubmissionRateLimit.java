package org.liaison.postings.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many posting requests an anonymous client (one address) may submit per hour: enough for an employer's
 * real work, too few to flood the queue. In memory, per instance: behind several instances the limit multiplies,
 * which is acceptable for a brake (the reverse proxy keeps the hard limit).
 */
@Component
public class SubmissionRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 10_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

    @Autowired
    public SubmissionRateLimit(@Value("${liaison.postings.anonymous-submissions-per-hour:20}") int perHour) {
        this(perHour, Clock.systemUTC());
    }

    SubmissionRateLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts one submission from the client; false when its hourly allowance is spent. */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
        }
        Window window = windows.compute(client, (key, current) ->
                current == null || !current.start().plus(WINDOW).isAfter(now) ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        return window.count() <= perHour;
    }
}

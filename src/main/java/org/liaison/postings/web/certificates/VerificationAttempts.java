package org.liaison.postings.web.certificates;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Public verification attempts per client address, in memory (sliding window): with 30 tries per 10 minutes, a
 * guesser needs millions of years for a 49-bit code. Each instance counts on its own; behind a load balancer the
 * limit multiplies by the number of instances, which changes nothing to that order of magnitude.
 */
@Component
class VerificationAttempts {

    /** Past this many tracked clients, forgotten windows are swept before adding one more. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int max;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

    @Autowired
    VerificationAttempts(@Value("${liaison.certificates.verification.max-attempts:30}") int max,
                         @Value("${liaison.certificates.verification.window:10m}") Duration window) {
        this(max, window, Clock.systemUTC());
    }

    VerificationAttempts(int max, Duration window, Clock clock) {
        this.max = max;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts an attempt from the client; false (and not counted) when the client is over the limit. */
    boolean tryAttempt(String client) {
        long now = clock.millis();
        if (attempts.size() > SWEEP_ABOVE) {
            attempts.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast() <= now - windowMillis;
                }
            });
        }
        Deque<Long> times = attempts.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Seconds until the client's oldest counted attempt leaves the window. */
    long retryAfterSeconds(String client) {
        Deque<Long> times = attempts.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Long oldest = times.peekFirst();
            return oldest == null ? 0 : Math.max(1, (oldest + windowMillis - clock.millis() + 999) / 1000);
        }
    }
}

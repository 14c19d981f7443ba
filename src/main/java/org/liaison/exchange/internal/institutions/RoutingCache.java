package org.liaison.exchange.internal.institutions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.springframework.stereotype.Component;

/**
 * The answers to the routing question per (BUC, country, environment, day), kept until the next import. A
 * generation number guards the race where a reader computes an answer from the old IR while an import commits:
 * such an answer is returned to its caller but not kept.
 */
@Component
class RoutingCache {

    record Key(String bucType, String country, ExchangeEnvironment environment, LocalDate day) {
    }

    private final Map<Key, List<Institution>> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    List<Institution> get(Key key, Supplier<List<Institution>> compute) {
        List<Institution> cached = answers.get(key);
        if (cached != null) {
            hits.incrementAndGet();
            return cached;
        }
        misses.incrementAndGet();
        long before = generation.get();
        List<Institution> answer = List.copyOf(compute.get());
        synchronized (this) {
            if (generation.get() == before) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /** Forgets every answer; called once an import has committed. */
    synchronized void invalidate() {
        generation.incrementAndGet();
        answers.clear();
    }

    int size() {
        return answers.size();
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }
}

package org.liaison.bench.coordination;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.internal.rules.LegislationEngine;

/**
 * A batch of one million decisions, generated on the fly (as a batch job reading requests would): wall time,
 * throughput and the heap in use afterwards. Run: {@code java -cp target/benchmarks.jar
 * org.liaison.bench.coordination.MillionDecisions [count]}.
 */
public final class MillionDecisions {

    private MillionDecisions() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        LegislationEngine engine = new LegislationEngine(RegistrySnapshot.fromClasspath());
        Random random = new Random(2026L);
        for (int i = 0; i < 50_000; i++) {
            engine.decide(Situations.next(random));
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        Map<DecisionStatus, Integer> statuses = new EnumMap<>(DecisionStatus.class);
        long checks = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var decision = engine.decide(Situations.next(random));
            statuses.merge(decision.status(), 1, Integer::sum);
            checks += decision.checks().size();
        }
        long nanos = System.nanoTime() - start;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("decisions=%d time_s=%.2f per_second=%.0f checks=%d statuses=%s%n", count, nanos / 1e9,
                count / (nanos / 1e9), checks, statuses);
        System.out.printf("heap_before_mb=%.1f heap_after_mb=%.1f max_heap_mb=%.1f%n", heapBefore / 1e6, heapAfter / 1e6,
                runtime.maxMemory() / 1e6);
    }
}

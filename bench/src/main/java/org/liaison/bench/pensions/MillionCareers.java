package org.liaison.bench.pensions;

import java.util.Random;
import org.liaison.coordination.internal.pensions.PensionEngine;

/**
 * A batch of one million careers (2–6 states each), generated on the fly: wall time, throughput and heap in use.
 * Run: {@code java -Xmx512m -cp target/benchmarks.jar org.liaison.bench.pensions.MillionCareers [count]}.
 */
public final class MillionCareers {

    private MillionCareers() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        PensionEngine engine = new PensionEngine();
        Random random = new Random(2026L);
        for (int i = 0; i < 50_000; i++) {
            engine.estimate(Careers.of(2 + random.nextInt(5), random));
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long invalid = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (!engine.estimate(Careers.of(2 + random.nextInt(5), random)).valid()) {
                invalid++;
            }
        }
        long nanos = System.nanoTime() - start;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("careers=%d invalid=%d time_s=%.2f per_second=%.0f%n", count, invalid, nanos / 1e9, count / (nanos / 1e9));
        System.out.printf("heap_before_mb=%.1f heap_after_mb=%.1f max_heap_mb=%.1f%n", heapBefore / 1e6, heapAfter / 1e6,
                runtime.maxMemory() / 1e6);
    }
}

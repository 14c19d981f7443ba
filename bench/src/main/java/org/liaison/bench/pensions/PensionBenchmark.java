package org.liaison.bench.pensions;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.liaison.coordination.pensions.PensionEstimate;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.internal.pensions.PensionEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pension computations per second (aggregation per Reg. 987/2009 art. 12–13, then art. 52, 57, 58 for each state)
 * for careers of 2 to 6 states, cycling through a fixed set of generated careers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PensionBenchmark {

    @Param({"2", "4", "6"})
    int states;

    private final PensionEngine engine = new PensionEngine();
    private PensionRequest[] careers;
    private int next;

    @Setup
    public void careers() {
        Random random = new Random(2026L + states);
        careers = new PensionRequest[1024];
        for (int i = 0; i < careers.length; i++) {
            careers[i] = Careers.of(states, random);
        }
    }

    @Benchmark
    public PensionEstimate estimate() {
        PensionRequest career = careers[next];
        next = (next + 1) & (careers.length - 1);
        return engine.estimate(career);
    }
}

package org.liaison.bench.coordination;

import java.util.concurrent.TimeUnit;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.Decision;
import org.liaison.coordination.Situation;
import org.liaison.coordination.internal.rules.LegislationEngine;
import org.liaison.shared.PartnerCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Decisions per second of the applicable-legislation engine over a mix of situations, against a bare art. 12 check. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LegislationEngineBenchmark {

    private LegislationEngine engine;
    private Situation[] mix;
    private Situation[] postingsToGermany;
    private int next;

    @Setup
    public void setUp() {
        engine = new LegislationEngine(RegistrySnapshot.fromClasspath());
        mix = Situations.mix(4096, 11L);
        postingsToGermany = java.util.Arrays.stream(Situations.mix(60000, 11L))
                .filter(s -> s.activities().size() == 1 && s.activities().get(0).isPosting()
                        && s.activities().get(0).state().value().equals("DE"))
                .limit(1024).toArray(Situation[]::new);
    }

    @Benchmark
    public Decision decideMix() {
        return engine.decide(mix[next++ & 4095]);
    }

    @Benchmark
    public Decision decidePostingToGermany() {
        return engine.decide(postingsToGermany[next++ & 1023]);
    }

    @Benchmark
    public PartnerCode minimalArticle12PostingToGermany() {
        return MinimalArticle12.decide(postingsToGermany[next++ & 1023]);
    }
}

package org.liaison.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Partner;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.shared.PartnerCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * "Which instrument governs France ↔ P on date D, with its parameters": the coordination engine's most frequent
 * question, answered by the in-memory snapshot built from the data files (no database).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegistryLookupBenchmark {

    private static final int QUERIES = 1024;

    private RegistrySnapshot registry;
    private PartnerCode[] codes;
    private LocalDate[] dates;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        registry = RegistrySnapshot.fromClasspath();
        List<PartnerCode> partners = registry.partners().stream().map(Partner::code).toList();
        java.util.Random random = new java.util.Random(42);
        codes = new PartnerCode[QUERIES];
        dates = new LocalDate[QUERIES];
        long first = LocalDate.of(1955, 1, 1).toEpochDay();
        long last = LocalDate.of(2030, 12, 31).toEpochDay();
        for (int i = 0; i < QUERIES; i++) {
            codes[i] = partners.get(random.nextInt(partners.size()));
            dates[i] = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
        }
    }

    /** One look-up over a fixed mix of the 72 partners and dates from 1955 to 2030 (some with no instrument). */
    @Benchmark
    public Optional<GoverningInstrument> governing() {
        int i = next++ & (QUERIES - 1);
        return registry.governing(codes[i], dates[i]);
    }

    /** The current instrument of one frequent partner (Germany), the common case of the web pages. */
    @Benchmark
    public Optional<GoverningInstrument> governingGermanyToday() {
        return registry.governing(GERMANY, TODAY);
    }

    private static final PartnerCode GERMANY = PartnerCode.of("DE");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
}

package org.liaison.agreements.internal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toUnmodifiableList;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.Partner;
import org.liaison.agreements.PartnerKind;
import org.liaison.agreements.TimelineEvent;
import org.liaison.agreements.UnknownPartnerException;
import org.liaison.shared.PartnerCode;

/**
 * An immutable, indexed view of the reference data: look-ups are map reads and short list scans, with no I/O.
 * Public so that benchmarks can build one straight from the data files.
 */
public final class RegistrySnapshot implements AgreementRegistry {

    private final Partner home;
    private final List<Partner> partners;
    private final Map<PartnerCode, Partner> partnersByCode;
    private final List<Instrument> instruments;
    private final Map<String, Instrument> instrumentsById;
    private final Map<PartnerCode, List<InstrumentPeriod>> periodsByPartner;
    private final Map<String, List<PartnerCode>> partnersByInstrument;
    private final Map<String, List<Fact>> factsByInstrument;
    private final List<TimelineEvent> timeline;
    private final Map<PartnerCode, Governing[]> governingByPartner;
    private final Map<String, ResolvedParameters> resolvedParameters;

    /**
     * An instrument's parameters resolved once, by fact type: for each of its partners, and for none (its general
     * facts only).
     */
    private record ResolvedParameters(Parameter<?>[] general, Map<PartnerCode, Parameter<?>[]> byPartner) {

        @Nullable Parameter<?> of(@Nullable PartnerCode partner, FactType type) {
            Parameter<?>[] parameters = partner == null ? general : byPartner.get(partner);
            return parameters == null ? null : parameters[type.ordinal()];
        }
    }

    /** A governing period with its instrument and, when they do not depend on the date, its parameters. */
    private record Governing(InstrumentPeriod period, Instrument instrument, Parameters.Resolved resolved) {
    }

    public RegistrySnapshot(ReferenceData data) {
        this.home = data.partners().stream().filter(p -> p.kind() == PartnerKind.HOME).findFirst()
                .orElseThrow(() -> new ReferenceDataException("No home state in the partners"));
        this.partners = data.partners().stream().filter(p -> p.kind() != PartnerKind.HOME)
                .sorted(Comparator.comparing(Partner::code)).toList();
        this.partnersByCode = partners.stream().collect(Collectors.toUnmodifiableMap(Partner::code, Function.identity()));
        this.instruments = data.instruments().stream().sorted(Comparator.comparing(Instrument::id)).toList();
        this.instrumentsById = instruments.stream().collect(Collectors.toUnmodifiableMap(Instrument::id, Function.identity()));
        this.periodsByPartner = Map.copyOf(data.periods().stream()
                .sorted(Comparator.comparing(InstrumentPeriod::earliestStart).thenComparing(InstrumentPeriod::role))
                .collect(groupingBy(InstrumentPeriod::partner, toUnmodifiableList())));
        this.partnersByInstrument = Map.copyOf(data.periods().stream()
                .collect(groupingBy(InstrumentPeriod::instrumentId,
                        Collectors.collectingAndThen(Collectors.mapping(InstrumentPeriod::partner, Collectors.toCollection(java.util.TreeSet::new)),
                                List::copyOf))));
        this.factsByInstrument = Map.copyOf(data.facts().stream().collect(groupingBy(Fact::instrumentId, toUnmodifiableList())));
        this.timeline = data.timeline().stream().sorted(Comparator.comparing(TimelineEvent::date)).toList();
        this.governingByPartner = Map.copyOf(periodsByPartner.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(p -> p.role() == InstrumentPeriod.Role.GOVERNING).map(this::governing)
                        .toArray(Governing[]::new))));
        this.resolvedParameters = resolveParameters();
    }

    /**
     * Every parameter of the instruments whose facts have no validity bounds, for each of their partners and for
     * none, resolved once by the same rule as {@link AgreementRegistry#parameter}: a look-up is then a map read.
     */
    private Map<String, ResolvedParameters> resolveParameters() {
        Map<String, ResolvedParameters> resolved = new HashMap<>();
        factsByInstrument.forEach((instrumentId, facts) -> {
            if (Parameters.dateIndependent(facts)) {
                Map<PartnerCode, Parameter<?>[]> byPartner = new HashMap<>();
                partnersOf(instrumentId).forEach(partner -> byPartner.put(partner, resolve(facts, partner)));
                resolved.put(instrumentId, new ResolvedParameters(resolve(facts, null), Map.copyOf(byPartner)));
            }
        });
        return Map.copyOf(resolved);
    }

    private static Parameter<?>[] resolve(List<Fact> facts, @Nullable PartnerCode partner) {
        Parameter<?>[] parameters = new Parameter<?>[FactType.values().length];
        for (FactType type : FactType.values()) {
            parameters[type.ordinal()] = Parameter.of(Fact.select(facts, partner, LocalDate.EPOCH, type), type,
                    type.valueType());
        }
        return parameters;
    }

    private Governing governing(InstrumentPeriod period) {
        Instrument instrument = instrumentsById.get(period.instrumentId());
        if (instrument == null) {
            throw new ReferenceDataException("Unknown instrument " + period.instrumentId() + " for " + period.partner());
        }
        if (!partnersByCode.containsKey(period.partner())) {
            throw new ReferenceDataException("Unknown partner " + period.partner() + " for " + period.instrumentId());
        }
        List<Fact> facts = facts(instrument.id(), Optional.of(period.partner()));
        Parameters.Resolved resolved = Parameters.dateIndependent(facts)
                ? Parameters.resolve(partnersByCode.get(period.partner()), LocalDate.EPOCH, facts) : null;
        return new Governing(period, instrument, resolved);
    }

    private static final Governing[] NONE = {};

    public static RegistrySnapshot fromClasspath() {
        return new RegistrySnapshot(ReferenceDataFiles.fromClasspath().parse());
    }

    @Override
    public Partner home() {
        return home;
    }

    @Override
    public List<Partner> partners() {
        return partners;
    }

    @Override
    public Optional<Partner> partner(PartnerCode code) {
        return Optional.ofNullable(partnersByCode.get(code));
    }

    @Override
    public List<Instrument> instruments() {
        return instruments;
    }

    @Override
    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(instrumentsById.get(id));
    }

    @Override
    public List<InstrumentPeriod> periods(PartnerCode code) {
        return periodsByPartner.getOrDefault(code, List.of());
    }

    @Override
    public List<PartnerCode> partnersOf(String instrumentId) {
        return partnersByInstrument.getOrDefault(instrumentId, List.of());
    }

    @Override
    public List<Fact> facts(String instrumentId, Optional<PartnerCode> partner) {
        List<Fact> all = factsByInstrument.getOrDefault(instrumentId, List.of());
        return partner.map(code -> all.stream().filter(f -> f.partner() == null || f.partner().equals(code)).toList())
                .orElse(all);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Parameter<T> parameter(String instrumentId, @Nullable PartnerCode partner, LocalDate day, FactType type,
                                      Class<T> valueType) {
        ResolvedParameters parameters = resolvedParameters.get(instrumentId);
        Parameter<?> resolved = parameters == null ? null : parameters.of(partner, type);
        if (resolved == null) {
            return AgreementRegistry.super.parameter(instrumentId, partner, day, type, valueType);
        }
        type.requireValuesOf(valueType);
        return (Parameter<T>) resolved;
    }

    @Override
    public Optional<GoverningInstrument> governing(PartnerCode code, LocalDate date) {
        Partner partner = partnersByCode.get(code);
        if (partner == null) {
            throw new UnknownPartnerException(code);
        }
        for (Governing g : governingByPartner.getOrDefault(code, NONE)) {
            if (g.period().covers(date)) {
                Parameters.Resolved resolved = g.resolved() != null ? g.resolved()
                        : Parameters.resolve(partner, date, facts(g.instrument().id(), Optional.of(code)));
                return Optional.of(resolved.on(partner, date, g.instrument(), g.period()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<TimelineEvent> timeline() {
        return timeline;
    }
}

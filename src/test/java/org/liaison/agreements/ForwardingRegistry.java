package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liaison.shared.PartnerCode;

/**
 * A test registry that answers as another one does, except where a test overrides a method. It does not forward
 * {@link AgreementRegistry#parameter}: parameters then come from the interface's own rule over {@link #facts}.
 */
public class ForwardingRegistry implements AgreementRegistry {

    private final AgreementRegistry registry;

    public ForwardingRegistry(AgreementRegistry registry) {
        this.registry = registry;
    }

    @Override public Partner home() { return registry.home(); }
    @Override public List<Partner> partners() { return registry.partners(); }
    @Override public Optional<Partner> partner(PartnerCode code) { return registry.partner(code); }
    @Override public List<Instrument> instruments() { return registry.instruments(); }
    @Override public Optional<Instrument> instrument(String id) { return registry.instrument(id); }
    @Override public List<InstrumentPeriod> periods(PartnerCode code) { return registry.periods(code); }
    @Override public List<PartnerCode> partnersOf(String instrumentId) { return registry.partnersOf(instrumentId); }
    @Override public List<Fact> facts(String instrumentId, Optional<PartnerCode> partner) { return registry.facts(instrumentId, partner); }
    @Override public Optional<GoverningInstrument> governing(PartnerCode code, LocalDate date) { return registry.governing(code, date); }
    @Override public List<TimelineEvent> timeline() { return registry.timeline(); }
}

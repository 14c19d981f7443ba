package org.liaison.agreements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.agreements.AgreementRegistry;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.Partner;
import org.liaison.agreements.TimelineEvent;
import org.liaison.shared.PartnerCode;
import org.springframework.stereotype.Service;

/**
 * The registry other modules get injected: loads the data files into the database when they changed, then
 * answers from an immutable snapshot read back from the database, swapped atomically on {@link #refresh()}.
 */
@Service
class DatabaseAgreementRegistry implements AgreementRegistry {

    private final ReferenceDataLoader loader;
    private final AtomicReference<RegistrySnapshot> snapshot = new AtomicReference<>();

    DatabaseAgreementRegistry(ReferenceDataLoader loader) {
        this.loader = loader;
        refresh();
    }

    /** Loads the files if they changed and rebuilds the snapshot from the database. */
    void refresh() {
        snapshot.set(new RegistrySnapshot(loader.loadIfChanged(ReferenceDataFiles.fromClasspath())));
    }

    private RegistrySnapshot current() {
        return snapshot.get();
    }

    @Override
    public Partner home() {
        return current().home();
    }

    @Override
    public List<Partner> partners() {
        return current().partners();
    }

    @Override
    public Optional<Partner> partner(PartnerCode code) {
        return current().partner(code);
    }

    @Override
    public List<Instrument> instruments() {
        return current().instruments();
    }

    @Override
    public Optional<Instrument> instrument(String id) {
        return current().instrument(id);
    }

    @Override
    public List<InstrumentPeriod> periods(PartnerCode code) {
        return current().periods(code);
    }

    @Override
    public List<PartnerCode> partnersOf(String instrumentId) {
        return current().partnersOf(instrumentId);
    }

    @Override
    public List<Fact> facts(String instrumentId, Optional<PartnerCode> partner) {
        return current().facts(instrumentId, partner);
    }

    @Override
    public <T> Parameter<T> parameter(String instrumentId, @Nullable PartnerCode partner, LocalDate day, FactType type,
                                      Class<T> valueType) {
        return current().parameter(instrumentId, partner, day, type, valueType);
    }

    @Override
    public Optional<GoverningInstrument> governing(PartnerCode code, LocalDate date) {
        return current().governing(code, date);
    }

    @Override
    public List<TimelineEvent> timeline() {
        return current().timeline();
    }
}

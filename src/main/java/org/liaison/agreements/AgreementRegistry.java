package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liaison.shared.PartnerCode;

/**
 * The registry of partners and agreements, answered from an immutable in-memory snapshot. All lists are
 * unmodifiable and in a stable order.
 */
public interface AgreementRegistry {

    /** France, the home state, which is never a partner. */
    Partner home();

    /** Every partner, by code (France excluded). */
    List<Partner> partners();

    Optional<Partner> partner(PartnerCode code);

    /** Every instrument, by id. */
    List<Instrument> instruments();

    Optional<Instrument> instrument(String id);

    /** The periods during which instruments applied with a partner, oldest first. */
    List<InstrumentPeriod> periods(PartnerCode code);

    /** The partners an instrument applied with at some time. */
    List<PartnerCode> partnersOf(String instrumentId);

    /** The facts recorded for an instrument; with a partner, its specific facts plus the general ones. */
    List<Fact> facts(String instrumentId, Optional<PartnerCode> partner);

    /**
     * Which instrument governs France ↔ the partner on the date, and its parameters on that date; empty when no
     * instrument applied then (e.g. Japan before 2007-06-01).
     *
     * @throws UnknownPartnerException when the code names no partner
     */
    Optional<GoverningInstrument> governing(PartnerCode code, LocalDate date);

    /** The key dates, oldest first. */
    List<TimelineEvent> timeline();
}

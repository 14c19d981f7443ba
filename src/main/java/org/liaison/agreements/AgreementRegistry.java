package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /** The share of verified facts over every instrument's facts (without a partner, {@link #facts} gives them all). */
    default VerifiedShare verifiedShare() {
        int verified = 0;
        int total = 0;
        for (Instrument instrument : instruments()) {
            for (Fact fact : facts(instrument.id(), Optional.empty())) {
                total++;
                verified += fact.status() == FactStatus.VERIFIED ? 1 : 0;
            }
        }
        return new VerifiedShare(verified, total);
    }

    /**
     * One of an instrument's dated parameters for a partner on a day, typed as its fact type says (e.g. {@code
     * Integer.class} for {@link FactType#PRIOR_AFFILIATION_MONTHS}). The one rule for every reader:
     * <ul>
     *   <li>the partner's own fact wins over the instrument's general one; of several general facts, the first
     *       recorded; a fact counts only on the days within its validity bounds (see {@link Fact#select});</li>
     *   <li>no fact, or a fact of status {@code unknown}, is {@link Parameter.Unknown} (with the fact's note): never
     *       a default;</li>
     *   <li>a {@code to_check} fact is known, with that status, so that the reader can warn;</li>
     *   <li>the value is read without its surrounding spaces (see {@link Parameter#of});</li>
     *   <li>without a partner (two other states linked through France's records), only general facts count.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when the fact type's values are not of {@code valueType}
     */
    default <T> Parameter<T> parameter(String instrumentId, @Nullable PartnerCode partner, LocalDate day, FactType type,
                                       Class<T> valueType) {
        return Parameter.of(Fact.select(facts(instrumentId, Optional.ofNullable(partner)), partner, day, type), type,
                valueType);
    }

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

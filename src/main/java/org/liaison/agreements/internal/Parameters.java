package org.liaison.agreements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.Partner;
import org.liaison.agreements.PostingExtension;
import org.liaison.shared.Branch;

/**
 * Resolves the parameters {@link GoverningInstrument} carries for one partner on one date, by the registry's one
 * rule ({@link Fact#select}, then {@link Parameter#of}).
 */
final class Parameters {

    private Parameters() {
    }

    /** An instrument's parameters for one partner, resolved once when no fact has validity bounds. */
    record Resolved(Parameter<Set<Branch>> branches, Parameter<Integer> maxPostingMonths,
                    Parameter<Integer> selfEmployedPostingMonths, Parameter<PostingExtension> postingExtension,
                    Parameter<String> extensionDecidedBy, Parameter<Integer> repostingGapMonths,
                    Parameter<Boolean> totalisationForPensions, Parameter<Boolean> thirdStatePeriods) {

        GoverningInstrument on(Partner partner, LocalDate date, Instrument instrument, InstrumentPeriod period) {
            return new GoverningInstrument(partner, date, instrument, period, period.isUncertainOn(date), branches,
                    maxPostingMonths, selfEmployedPostingMonths, postingExtension, extensionDecidedBy,
                    repostingGapMonths, totalisationForPensions, thirdStatePeriods);
        }
    }

    static Resolved resolve(Partner partner, LocalDate date, List<Fact> facts) {
        Lookup lookup = new Lookup(facts, partner, date);
        return new Resolved(lookup.branches(),
                lookup.of(FactType.MAX_POSTING_MONTHS, Integer.class),
                lookup.of(FactType.SELF_EMPLOYED_POSTING_MONTHS, Integer.class),
                lookup.of(FactType.POSTING_EXTENSION, PostingExtension.class),
                lookup.of(FactType.EXTENSION_DECIDED_BY, String.class),
                lookup.of(FactType.REPOSTING_GAP_MONTHS, Integer.class),
                lookup.of(FactType.TOTALISATION_PENSIONS, Boolean.class),
                lookup.of(FactType.THIRD_STATE_PERIODS, Boolean.class));
    }

    /** Whether the facts are the same on every date, so that they can be resolved once. */
    static boolean dateIndependent(List<Fact> facts) {
        return facts.stream().allMatch(f -> f.validFrom() == null && f.validTo() == null);
    }

    private record Lookup(List<Fact> facts, Partner partner, LocalDate date) {

        <T> Parameter<T> of(FactType type, Class<T> valueType) {
            return Parameter.of(Fact.select(facts, partner.code(), date, type), type, valueType);
        }

        /** A set of branches has no class of its own: {@link FactType#BRANCHES} reads into {@code Set<Branch>}. */
        @SuppressWarnings("unchecked")
        Parameter<Set<Branch>> branches() {
            return (Parameter<Set<Branch>>) (Parameter<?>) of(FactType.BRANCHES, Set.class);
        }
    }
}

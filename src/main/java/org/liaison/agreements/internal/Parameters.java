package org.liaison.agreements.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.Partner;
import org.liaison.agreements.PostingExtension;
import org.liaison.shared.Branch;

/** Resolves an instrument's facts into typed parameters for one partner on one date. */
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
        Function<FactType, Fact> pick = type -> pick(facts, partner, date, type);
        return new Resolved(
                parameter(pick.apply(FactType.BRANCHES), Parameters::branches),
                parameter(pick.apply(FactType.MAX_POSTING_MONTHS), Integer::valueOf),
                parameter(pick.apply(FactType.SELF_EMPLOYED_POSTING_MONTHS), Integer::valueOf),
                parameter(pick.apply(FactType.POSTING_EXTENSION), PostingExtension::parse),
                parameter(pick.apply(FactType.EXTENSION_DECIDED_BY), Function.identity()),
                parameter(pick.apply(FactType.REPOSTING_GAP_MONTHS), Integer::valueOf),
                parameter(pick.apply(FactType.TOTALISATION_PENSIONS), Parameters::yesNo),
                parameter(pick.apply(FactType.THIRD_STATE_PERIODS), Parameters::yesNo));
    }

    /** Whether the facts are the same on every date, so that they can be resolved once. */
    static boolean dateIndependent(List<Fact> facts) {
        return facts.stream().allMatch(f -> f.validFrom() == null && f.validTo() == null);
    }

    /** The partner's own fact wins over the instrument's general one. */
    private static Fact pick(List<Fact> facts, Partner partner, LocalDate date, FactType type) {
        Fact general = null;
        for (Fact fact : facts) {
            if (fact.type() == type && fact.holdsFor(partner.code(), date)) {
                if (fact.partner() != null) {
                    return fact;
                }
                general = general == null ? fact : general;
            }
        }
        return general;
    }

    private static <T> Parameter<T> parameter(Fact fact, Function<String, T> parser) {
        if (fact == null) {
            return Parameter.unknown();
        }
        if (fact.status() == FactStatus.UNKNOWN) {
            return new Parameter.Unknown<>(fact.note());
        }
        return new Parameter.Known<>(parser.apply(fact.value()), fact.status(), fact.source(), fact.note());
    }

    /** Parses a fact's value as its type requires; throws when it cannot. */
    static Object check(Fact fact) {
        if (fact.value() == null) {
            return "";
        }
        return switch (fact.type()) {
            case BRANCHES -> branches(fact.value());
            case MAX_POSTING_MONTHS, SELF_EMPLOYED_POSTING_MONTHS, REPOSTING_GAP_MONTHS, SUBSTANTIAL_PART_PERCENT,
                 PRIOR_AFFILIATION_MONTHS, SELF_EMPLOYED_PRIOR_ACTIVITY_MONTHS, UNEMPLOYMENT_EXPORT_MONTHS,
                 UNEMPLOYMENT_EXPORT_MAX_MONTHS -> Integer.valueOf(fact.value());
            case POSTING_EXTENSION -> PostingExtension.parse(fact.value());
            case TOTALISATION_PENSIONS, THIRD_STATE_PERIODS, THIRD_COUNTRY_NATIONALS -> yesNo(fact.value());
            case EXTENSION_DECIDED_BY -> fact.value();
        };
    }

    static Set<Branch> branches(String value) {
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        Arrays.stream(value.split("\\|")).map(code -> Branch.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown branch " + code)))
                .forEach(branches::add);
        return java.util.Collections.unmodifiableSet(branches);
    }

    static Boolean yesNo(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("Expected yes or no: " + value);
        };
    }
}

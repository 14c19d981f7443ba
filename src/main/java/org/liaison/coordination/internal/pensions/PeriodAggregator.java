package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.liaison.coordination.pensions.PensionAggregation;
import org.liaison.coordination.pensions.PensionCredit;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionQuantity;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.PartnerCode;

/**
 * Aggregates a validated career (Reg. 883/2004 art. 6): splits it at every start and end, gives each stretch of days
 * to one period by the priority of Reg. 987/2009 art. 12 (compulsory before voluntary, 12(1); real periods before
 * equivalent ones, 12(2); at equal rank the period that started first, then the state code, which the article does
 * not settle), so that no day is counted twice.
 */
final class PeriodAggregator {

    PensionAggregation aggregate(List<PensionPeriod> career, PensionFramework framework) {
        return aggregate(career, List.of(), framework);
    }

    PensionAggregation aggregate(List<PensionPeriod> career, List<PensionQuantity> quantities,
                                 PensionFramework framework) {
        List<RequirementCheck> checks = new ArrayList<>();
        List<PensionPeriod> counted = new ArrayList<>();
        for (PensionPeriod period : career) {
            if (period.refundedByLumpSum()) {
                checks.add(PensionLaw.check("PERIOD_REFUNDED_BY_LUMP_SUM", "LUMP_SUM_REFUND", RequirementResult.NOT_MET,
                        facts(period), period.state(), period.start(), period.end()));
            } else if (!framework.isBilateral() || countedByConvention(period.state(), framework)) {
                counted.add(period);
            } else {
                checks.add(PensionLaw.check("PERIOD_OUTSIDE_CONVENTION", "BILATERAL_TOTALISATION",
                        RequirementResult.NOT_MET, facts(period), period.state(), framework.bilateralPartner()));
            }
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        counted.forEach(p -> {
            cuts.add(p.start());
            cuts.add(p.end().plusDays(1));
        });
        Map<PartnerCode, List<LocalDate[]>> runs = new TreeMap<>();
        Set<String> reported = new LinkedHashSet<>();
        LocalDate previous = null;
        for (LocalDate cut : cuts) {
            if (previous != null) {
                LocalDate from = previous;
                LocalDate to = cut.minusDays(1);
                List<PensionPeriod> covering = counted.stream()
                        .filter(p -> !p.start().isAfter(from) && !p.end().isBefore(to))
                        .sorted(PRIORITY).toList();
                if (!covering.isEmpty()) {
                    PensionPeriod winner = covering.get(0);
                    extend(runs.computeIfAbsent(winner.state(), s -> new ArrayList<>()), from, to);
                    covering.stream().skip(1).filter(loser -> reported.add(key(winner, loser)))
                            .forEach(loser -> checks.add(overlap(winner, loser)));
                }
            }
            previous = cut;
        }
        Map<PartnerCode, PensionCredit> converted = QuantityConversion.credits(quantities, framework, checks);
        return result(runs, converted, checks);
    }

    private static PensionAggregation result(Map<PartnerCode, List<LocalDate[]>> runs,
                                             Map<PartnerCode, PensionCredit> converted, List<RequirementCheck> checks) {
        List<PensionCredit> credits = new ArrayList<>();
        long totalDays = 0;
        BigDecimal totalMonths = BigDecimal.ZERO;
        Set<PartnerCode> states = new TreeSet<>(runs.keySet());
        states.addAll(converted.keySet());
        for (PartnerCode state : states) {
            long days = 0;
            BigDecimal months = BigDecimal.ZERO;
            for (LocalDate[] run : runs.getOrDefault(state, List.of())) {
                days += run[1].toEpochDay() - run[0].toEpochDay() + 1;
                months = months.add(PensionUnits.months(run[0], run[1]));
            }
            PensionCredit extra = converted.get(state);
            if (extra != null) {
                days += extra.days();
                months = months.add(extra.months());
            }
            credits.add(new PensionCredit(state, days, months));
            totalDays += days;
            totalMonths = totalMonths.add(months);
        }
        checks.add(PensionLaw.check("PERIODS_AGGREGATED", "EU_883_ART6", RequirementResult.MET,
                Map.of("totalDays", Long.toString(totalDays), "totalMonths", totalMonths.toPlainString()),
                totalDays, totalMonths.toPlainString()));
        return new PensionAggregation(credits, totalDays, totalMonths, checks);
    }

    /** Lower rank wins: compulsory real periods, then voluntary, then equivalent (Reg. 987/2009 art. 12(1)–(2)). */
    private static final Comparator<PensionPeriod> PRIORITY = Comparator
            .comparingInt((PensionPeriod p) -> (p.equivalent() ? 2 : 0) + (p.voluntary() ? 1 : 0))
            .thenComparing(PensionPeriod::start)
            .thenComparing(PensionPeriod::state);

    static boolean countedByConvention(PartnerCode state, PensionFramework framework) {
        return state.value().equals("FR") || state.equals(framework.bilateralPartner())
                || framework.thirdStatesCounted().contains(state);
    }

    private static void extend(List<LocalDate[]> runs, LocalDate from, LocalDate to) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1)[1].plusDays(1).equals(from)) {
            runs.get(runs.size() - 1)[1] = to;
        } else {
            runs.add(new LocalDate[] {from, to});
        }
    }

    private static RequirementCheck overlap(PensionPeriod winner, PensionPeriod loser) {
        String provision = winner.voluntary() != loser.voluntary() ? "EU_987_ART12_1"
                : winner.equivalent() != loser.equivalent() ? "EU_987_ART12_2" : "EU_987_ART12_SAME_RANK";
        Map<String, String> facts = new LinkedHashMap<>(facts(loser));
        facts.put("keptState", winner.state().value());
        return PensionLaw.check("OVERLAP_SET_ASIDE", provision, RequirementResult.MET, facts,
                loser.state(), loser.start(), loser.end(), winner.state());
    }

    private static String key(PensionPeriod winner, PensionPeriod loser) {
        return System.identityHashCode(winner) + "/" + System.identityHashCode(loser);
    }

    private static Map<String, String> facts(PensionPeriod period) {
        return Map.of("state", period.state().value(), "start", period.start().toString(),
                "end", period.end().toString());
    }
}

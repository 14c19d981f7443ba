package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;
import static org.liaison.coordination.RequirementResult.NEEDS_INFORMATION;
import static org.liaison.coordination.RequirementResult.NOT_MET;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactType;
import org.liaison.agreements.Parameter;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.PartnerCode;

/**
 * Reg. 883/2004 art. 13 with Reg. 987/2009 art. 14(5)–(10): activity in two or more states. The substantial part
 * (25 % of working time and/or remuneration, on the shares the person declares for the next 12 months) is the
 * registry's parameter; the tie-break order of 13(1)(b)(i)–(iv) follows the employers' seats.
 */
final class MultiStatePolicy {

    private final AgreementRegistry parameters;
    private final SingleStatePolicy single;

    MultiStatePolicy(AgreementRegistry parameters, SingleStatePolicy single) {
        this.parameters = parameters;
        this.single = single;
    }

    Outcome evaluate(Segment segment, Trace trace) {
        List<Segment.Indexed> servants = segment.activities().stream()
                .filter(a -> a.activity().kind() == ActivityKind.CIVIL_SERVANT).toList();
        if (!servants.isEmpty()) {
            return civilServantAndOther(segment, servants, trace);
        }
        List<Segment.Indexed> employed = segment.activities().stream()
                .filter(a -> a.activity().kind() != ActivityKind.SELF_EMPLOYED).toList();
        List<Segment.Indexed> selfEmployed = segment.activities().stream()
                .filter(a -> a.activity().kind() == ActivityKind.SELF_EMPLOYED).toList();
        if (!employed.isEmpty() && !selfEmployed.isEmpty()) {
            return employedAndSelfEmployed(segment, employed, trace);
        }
        if (selfEmployed.isEmpty()) {
            return employed(segment, employed, trace);
        }
        return selfEmployed(segment, selfEmployed, trace);
    }

    private Outcome civilServantAndOther(Segment segment, List<Segment.Indexed> servants, Trace trace) {
        Provision p = Provisions.of("EU_883_ART13_4");
        Set<PartnerCode> administrations = new TreeSet<>();
        for (Segment.Indexed s : servants) {
            if (s.activity().employer() == null) {
                trace.missing(s.path("employer"));
                trace.check("ADMINISTRATION_STATE", p.code(), NEEDS_INFORMATION, Map.of(), p.reference(), "check.administrationMissing");
                return Outcome.without(DecisionStatus.NEEDS_INFORMATION);
            }
            administrations.add(s.activity().employer().seat());
        }
        if (administrations.size() > 1) {
            trace.check("ONE_ADMINISTRATION", p.code(), NEEDS_ASSESSMENT, Map.of("administrations", administrations.toString()),
                    p.reference(), "check.severalAdministrations");
            return Outcome.without(DecisionStatus.NEEDS_ASSESSMENT);
        }
        PartnerCode administration = administrations.iterator().next();
        trace.check("ADMINISTRATION_STATE", p.code(), MET, Map.of("administration", administration.value()), p.reference(),
                "check.civilServantAndOther", administration.value());
        return Outcome.decided(segment.period(), administration, p, segment.regime().instrumentId());
    }

    private Outcome employedAndSelfEmployed(Segment segment, List<Segment.Indexed> employed, Trace trace) {
        Provision p = Provisions.of("EU_883_ART13_3");
        Set<PartnerCode> states = states(employed);
        if (states.size() == 1) {
            PartnerCode state = states.iterator().next();
            trace.check("EMPLOYMENT_STATE", p.code(), MET, Map.of("employmentState", state.value()), p.reference(),
                    "check.employedAndSelfEmployed", state.value());
            return Outcome.decided(segment.period(), state, p, segment.regime().instrumentId());
        }
        Outcome byParagraph1 = employed(segment, employed, trace);
        if (byParagraph1.periods().isEmpty()) {
            return byParagraph1;
        }
        PartnerCode state = byParagraph1.periods().get(0).state();
        trace.check("EMPLOYMENT_STATE", p.code(), MET, Map.of("employmentStates", states.toString(), "state", state.value()),
                p.reference(), "check.employedInSeveralAndSelfEmployed", state.value());
        return Outcome.of(byParagraph1.status(), segment.period(), state, p, segment.regime().instrumentId());
    }

    private Outcome employed(Segment segment, List<Segment.Indexed> employed, Trace trace) {
        Provision a = Provisions.of("EU_883_ART13_1_A");
        RequirementResult substantial = substantialPartInResidence(segment, employed, a, trace);
        PartnerCode residence = segment.situation().person().residence();
        String instrument = segment.regime().instrumentId();
        if (substantial == NEEDS_INFORMATION) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION);
        }
        if (substantial == MET || substantial == NEEDS_ASSESSMENT) {
            return Outcome.of(substantial == MET ? DecisionStatus.DECIDED : DecisionStatus.NEEDS_ASSESSMENT,
                    segment.period(), residence, a, instrument);
        }
        Map<String, PartnerCode> seats = new TreeMap<>();
        boolean missing = false;
        for (Segment.Indexed e : employed) {
            if (e.activity().employer() == null) {
                trace.missing(e.path("employer"));
                missing = true;
            } else {
                seats.put(e.activity().employer().id(), e.activity().employer().seat());
            }
        }
        if (missing) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION);
        }
        Set<PartnerCode> seatStates = new TreeSet<>(seats.values());
        String code;
        PartnerCode state;
        if (seats.size() == 1) {
            code = "EU_883_ART13_1_B_I";
            state = seatStates.iterator().next();
        } else if (seatStates.size() == 1) {
            code = "EU_883_ART13_1_B_II";
            state = seatStates.iterator().next();
        } else if (seatStates.size() == 2 && seatStates.contains(residence)) {
            code = "EU_883_ART13_1_B_III";
            state = seatStates.stream().filter(s -> !s.equals(residence)).findFirst().orElseThrow();
        } else {
            code = "EU_883_ART13_1_B_IV";
            state = residence;
        }
        Provision p = Provisions.of(code);
        trace.check("EMPLOYERS_SEATS", code, MET, Map.of("employers", Integer.toString(seats.size()),
                "seats", seatStates.toString(), "residence", residence.value()), p.reference(), "check." + code, state.value());
        return Outcome.decided(segment.period(), state, p, instrument);
    }

    private Outcome selfEmployed(Segment segment, List<Segment.Indexed> selfEmployed, Trace trace) {
        Provision a = Provisions.of("EU_883_ART13_2_A");
        RequirementResult substantial = substantialPartInResidence(segment, selfEmployed, a, trace);
        PartnerCode residence = segment.situation().person().residence();
        if (substantial == NEEDS_INFORMATION) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION);
        }
        if (substantial == MET || substantial == NEEDS_ASSESSMENT) {
            return Outcome.of(substantial == MET ? DecisionStatus.DECIDED : DecisionStatus.NEEDS_ASSESSMENT,
                    segment.period(), residence, a, segment.regime().instrumentId());
        }
        // The centre of interest (987/2009 art. 14(9)) weighs several criteria: the engine proposes the state with
        // the largest share and leaves the judgement to the officer.
        Map<PartnerCode, BigDecimal> shares = sharesByState(selfEmployed, Activity::workingTimeShare);
        PartnerCode largest = shares.entrySet().stream().max(Map.Entry.<PartnerCode, BigDecimal>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(residence);
        Provision b = Provisions.of("EU_883_ART13_2_B");
        trace.check("CENTRE_OF_INTEREST", b.code(), NEEDS_ASSESSMENT, Map.of("largestShareState", largest.value()),
                b.reference(), "check.centreOfInterest", largest.value());
        return Outcome.of(DecisionStatus.NEEDS_ASSESSMENT, segment.period(), largest, b, segment.regime().instrumentId());
    }

    /** 987/2009 art. 14(8): a share below the threshold in both criteria means no substantial part. */
    private RequirementResult substantialPartInResidence(Segment segment, List<Segment.Indexed> activities, Provision p,
                                                         Trace trace) {
        PartnerCode residence = segment.situation().person().residence();
        boolean time = activities.stream().allMatch(a -> a.activity().workingTimeShare() != null);
        boolean pay = activities.stream().allMatch(a -> a.activity().remunerationShare() != null);
        if (!time && !pay) {
            activities.stream().filter(a -> a.activity().workingTimeShare() == null)
                    .forEach(a -> trace.missing(a.path("workingTimeShare")));
            return trace.check("SUBSTANTIAL_PART_IN_RESIDENCE", p.code(), NEEDS_INFORMATION, Map.of(), p.reference(),
                    "check.sharesMissing");
        }
        Parameter<Integer> threshold = parameters.parameter(segment.regime().governing().instrument().id(),
                segment.regime().partner(), segment.period().start(), FactType.SUBSTANTIAL_PART_PERCENT, Integer.class);
        if (!(threshold instanceof Parameter.Known<Integer> known)) {
            return trace.check("SUBSTANTIAL_PART_IN_RESIDENCE", p.code(), NEEDS_ASSESSMENT, Map.of(), p.reference(),
                    "check.parameterUnknown", "substantial_part_percent");
        }
        trace.warnIfToCheck(threshold, "substantial_part_percent", segment.regime().instrumentId());
        BigDecimal limit = BigDecimal.valueOf(known.value());
        BigDecimal timeShare = time ? sharesByState(activities, Activity::workingTimeShare).getOrDefault(residence, BigDecimal.ZERO) : null;
        BigDecimal payShare = pay ? sharesByState(activities, Activity::remunerationShare).getOrDefault(residence, BigDecimal.ZERO) : null;
        Boolean byTime = timeShare == null ? null : timeShare.compareTo(limit) >= 0;
        Boolean byPay = payShare == null ? null : payShare.compareTo(limit) >= 0;
        RequirementResult result;
        if (byTime != null && byPay != null && !byTime.equals(byPay)) {
            result = NEEDS_ASSESSMENT;
        } else {
            result = Boolean.TRUE.equals(byTime != null ? byTime : byPay) ? MET : NOT_MET;
        }
        Map<String, String> facts = new TreeMap<>();
        facts.put("residence", residence.value());
        facts.put("thresholdPercent", known.value().toString());
        if (timeShare != null) {
            facts.put("workingTimeShareInResidence", timeShare.stripTrailingZeros().toPlainString());
        }
        if (payShare != null) {
            facts.put("remunerationShareInResidence", payShare.stripTrailingZeros().toPlainString());
        }
        trace.check("SUBSTANTIAL_PART_IN_RESIDENCE", p.code(), result, facts, p.reference(), "check.substantialPart." + result,
                residence.value(), timeShare == null ? "–" : timeShare.stripTrailingZeros().toPlainString(),
                payShare == null ? "–" : payShare.stripTrailingZeros().toPlainString(), known.value());
        return result;
    }

    private static Map<PartnerCode, BigDecimal> sharesByState(List<Segment.Indexed> activities,
                                                             Function<Activity, BigDecimal> share) {
        Map<PartnerCode, BigDecimal> byState = new TreeMap<>();
        for (Segment.Indexed a : activities) {
            BigDecimal value = share.apply(a.activity());
            if (value != null) {
                byState.merge(a.activity().state(), value, BigDecimal::add);
            }
        }
        return byState;
    }

    static Set<PartnerCode> states(List<Segment.Indexed> activities) {
        Set<PartnerCode> states = new TreeSet<>();
        activities.forEach(a -> states.add(a.activity().state()));
        return states;
    }
}

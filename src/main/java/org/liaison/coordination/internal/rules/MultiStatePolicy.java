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
import org.liaison.coordination.Facts;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.PartnerCode;

/**
 * Reg. 883/2004 art. 13 with Reg. 987/2009 art. 14(5)–(10): activity in two or more states. The substantial part
 * (25 % of working time and/or remuneration, on the shares the person declares for the next 12 months) is the
 * registry's parameter; the tie-break order of 13(1)(b)(i)–(iv) follows the employers' seats. Each provision returns its
 * outcome with the findings of the checks that chose it.
 */
final class MultiStatePolicy {

    private static final RuleTexts.ByResult SUBSTANTIAL_PART_TEXTS = new RuleTexts.ByResult("check.substantialPart.");

    private final AgreementRegistry registry;

    MultiStatePolicy(AgreementRegistry registry) {
        this.registry = registry;
    }

    Outcome evaluate(Segment segment) {
        List<Segment.Indexed> servants = segment.activities().stream()
                .filter(a -> a.activity().kind() == ActivityKind.CIVIL_SERVANT).toList();
        if (!servants.isEmpty()) {
            return civilServantAndOther(segment, servants);
        }
        List<Segment.Indexed> employed = segment.activities().stream()
                .filter(a -> a.activity().kind() != ActivityKind.SELF_EMPLOYED).toList();
        List<Segment.Indexed> selfEmployed = segment.activities().stream()
                .filter(a -> a.activity().kind() == ActivityKind.SELF_EMPLOYED).toList();
        if (!employed.isEmpty() && !selfEmployed.isEmpty()) {
            return employedAndSelfEmployed(segment, employed);
        }
        if (selfEmployed.isEmpty()) {
            return employed(segment, employed);
        }
        return selfEmployed(segment, selfEmployed);
    }

    private Outcome civilServantAndOther(Segment segment, List<Segment.Indexed> servants) {
        Provision p = Provisions.of("EU_883_ART13_4");
        Set<PartnerCode> administrations = new TreeSet<>();
        for (Segment.Indexed s : servants) {
            if (s.activity().employer() == null) {
                return Outcome.without(DecisionStatus.NEEDS_INFORMATION, Finding.check("ADMINISTRATION_STATE", p,
                        NEEDS_INFORMATION, Map.of(), "check.administrationMissing").missing(s.path("employer")));
            }
            administrations.add(s.activity().employer().seat());
        }
        if (administrations.size() > 1) {
            return Outcome.without(DecisionStatus.NEEDS_ASSESSMENT, Finding.check("ONE_ADMINISTRATION", p,
                    NEEDS_ASSESSMENT, Facts.of("administrations", administrations.toString()), "check.severalAdministrations"));
        }
        PartnerCode administration = administrations.iterator().next();
        return Outcome.decided(segment.period(), administration, p, segment.regime().instrumentId(),
                Finding.check("ADMINISTRATION_STATE", p, MET, Facts.of("administration", administration.value()),
                        "check.civilServantAndOther", administration.value()));
    }

    private Outcome employedAndSelfEmployed(Segment segment, List<Segment.Indexed> employed) {
        Provision p = Provisions.of("EU_883_ART13_3");
        Set<PartnerCode> states = states(employed);
        if (states.size() == 1) {
            PartnerCode state = states.iterator().next();
            return Outcome.decided(segment.period(), state, p, segment.regime().instrumentId(),
                    Finding.check("EMPLOYMENT_STATE", p, MET, Facts.of("employmentState", state.value()),
                            "check.employedAndSelfEmployed", state.value()));
        }
        Outcome byParagraph1 = employed(segment, employed);
        if (byParagraph1.periods().isEmpty()) {
            return byParagraph1;
        }
        PartnerCode state = byParagraph1.periods().get(0).state();
        return Outcome.of(byParagraph1.status(), segment.period(), state, p, segment.regime().instrumentId(),
                byParagraph1.findings()).with(Finding.check("EMPLOYMENT_STATE", p, MET,
                Facts.of("employmentStates", states.toString(), "state", state.value()),
                "check.employedInSeveralAndSelfEmployed", state.value()));
    }

    private Outcome employed(Segment segment, List<Segment.Indexed> employed) {
        Provision a = Provisions.of("EU_883_ART13_1_A");
        Finding substantial = substantialPartInResidence(segment, employed, a);
        PartnerCode residence = segment.situation().person().residence();
        String instrument = segment.regime().instrumentId();
        if (substantial.result() == NEEDS_INFORMATION) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION, substantial);
        }
        if (substantial.result() == MET || substantial.result() == NEEDS_ASSESSMENT) {
            return Outcome.of(substantial.result() == MET ? DecisionStatus.DECIDED : DecisionStatus.NEEDS_ASSESSMENT,
                    segment.period(), residence, a, instrument, List.of(substantial));
        }
        Map<String, PartnerCode> seats = new TreeMap<>();
        Finding missing = Finding.met();
        for (Segment.Indexed e : employed) {
            if (e.activity().employer() == null) {
                missing = missing.missing(e.path("employer"));
            } else {
                seats.put(e.activity().employer().id(), e.activity().employer().seat());
            }
        }
        if (!missing.missingFacts().isEmpty()) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION, List.of(substantial, missing));
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
        return Outcome.of(DecisionStatus.DECIDED, segment.period(), state, p, instrument, List.of(substantial,
                Finding.check("EMPLOYERS_SEATS", p, MET, Facts.of("employers", Integer.toString(seats.size()),
                        "seats", seatStates.toString(), "residence", residence.value()), "check." + code, state.value())));
    }

    private Outcome selfEmployed(Segment segment, List<Segment.Indexed> selfEmployed) {
        Provision a = Provisions.of("EU_883_ART13_2_A");
        Finding substantial = substantialPartInResidence(segment, selfEmployed, a);
        PartnerCode residence = segment.situation().person().residence();
        if (substantial.result() == NEEDS_INFORMATION) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION, substantial);
        }
        if (substantial.result() == MET || substantial.result() == NEEDS_ASSESSMENT) {
            return Outcome.of(substantial.result() == MET ? DecisionStatus.DECIDED : DecisionStatus.NEEDS_ASSESSMENT,
                    segment.period(), residence, a, segment.regime().instrumentId(), List.of(substantial));
        }
        // The centre of interest (987/2009 art. 14(9)) weighs several criteria: the engine proposes the state with
        // the largest share and leaves the judgement to the officer.
        Map<PartnerCode, BigDecimal> shares = sharesByState(selfEmployed, Activity::workingTimeShare);
        PartnerCode largest = shares.entrySet().stream().max(Map.Entry.<PartnerCode, BigDecimal>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(residence);
        Outcome byCriteria = CentreOfInterestPolicy.evaluate(segment, selfEmployed, substantial, largest);
        if (byCriteria != null) {
            return byCriteria;
        }
        Provision b = Provisions.of("EU_883_ART13_2_B");
        return Outcome.of(DecisionStatus.NEEDS_ASSESSMENT, segment.period(), largest, b, segment.regime().instrumentId(),
                List.of(substantial, Finding.check("CENTRE_OF_INTEREST", b, NEEDS_ASSESSMENT,
                        Facts.of("largestShareState", largest.value()), "check.centreOfInterest", largest.value())));
    }

    /** 987/2009 art. 14(8): a share below the threshold in both criteria means no substantial part. */
    private Finding substantialPartInResidence(Segment segment, List<Segment.Indexed> activities, Provision p) {
        PartnerCode residence = segment.situation().person().residence();
        boolean time = activities.stream().allMatch(a -> a.activity().workingTimeShare() != null);
        boolean pay = activities.stream().allMatch(a -> a.activity().remunerationShare() != null);
        if (!time && !pay) {
            Finding finding = Finding.check("SUBSTANTIAL_PART_IN_RESIDENCE", p, NEEDS_INFORMATION, Map.of(),
                    "check.sharesMissing");
            for (Segment.Indexed a : activities) {
                if (a.activity().workingTimeShare() == null) {
                    finding = finding.missing(a.path("workingTimeShare"));
                }
            }
            return finding;
        }
        Parameter<Integer> threshold = registry.parameter(segment.regime().governing().instrument().id(),
                segment.regime().partner(), segment.period().start(), FactType.SUBSTANTIAL_PART_PERCENT, Integer.class);
        if (!(threshold instanceof Parameter.Known<Integer> known)) {
            return Finding.check("SUBSTANTIAL_PART_IN_RESIDENCE", p, NEEDS_ASSESSMENT, Map.of(), "check.parameterUnknown",
                    "substantial_part_percent");
        }
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
        return Finding.check("SUBSTANTIAL_PART_IN_RESIDENCE", p, result, facts, SUBSTANTIAL_PART_TEXTS.key(result),
                residence.value(), timeShare == null ? "–" : timeShare.stripTrailingZeros().toPlainString(),
                payShare == null ? "–" : payShare.stripTrailingZeros().toPlainString(), known.value())
                .warnIfToCheck(threshold, "substantial_part_percent", segment.regime().instrumentId());
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

package org.liaison.coordination.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ApplicableLegislation;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * The applicable-legislation engine, a staged flow after NAV's melosys: (1) take the situation as checked by the
 * web layer, (2) derive the facts — which instrument governs each part of the period, split where an instrument or
 * an activity starts or ends, (3) select the provisions that can apply to each part, (4) evaluate them as policies
 * whose named requirements return their findings, then fold the findings into the decision. Plain Java: a pure
 * function of the situation and the registry. It runs in batches (re-assessing every certificate when a rule
 * changes), so it keeps to plain loops over the few activities and states of a situation.
 */
public final class LegislationEngine implements ApplicableLegislation {

    private static final Comparator<Segment.Indexed> CANONICAL = Comparator
            .comparing((Segment.Indexed a) -> a.activity().state())
            .thenComparing(a -> a.activity().kind())
            .thenComparing(a -> a.activity().period().start())
            .thenComparing(a -> a.activity().period().end())
            .thenComparing(a -> a.activity().postedFrom() == null ? "" : a.activity().postedFrom().value())
            .thenComparing(a -> a.activity().employer() == null ? "" : a.activity().employer().id())
            .thenComparing(Segment.Indexed::index);

    private final Regimes regimes;
    private final SegmentRules rules;

    public LegislationEngine(AgreementRegistry registry) {
        this.regimes = new Regimes(registry);
        this.rules = new SegmentRules(registry);
    }

    @Override
    public Decision decide(Situation situation) {
        List<Segment.Indexed> activities = new ArrayList<>(situation.activities().size());
        for (int i = 0; i < situation.activities().size(); i++) {
            activities.add(new Segment.Indexed(i, situation.activities().get(i)));
        }
        activities.sort(CANONICAL);
        DatePeriod period = situation.period();
        LocalDate situationStart = period.start();
        for (int i = 0; i < activities.size(); i++) {
            LocalDate start = activities.get(i).activity().period().start();
            situationStart = start.isBefore(situationStart) ? start : situationStart;
        }

        Trace trace = new Trace();
        DecisionStatus status = null;
        List<LegislationPeriod> legislation = new ArrayList<>();
        List<PartnerCode> allStates = states(situation, activities);
        List<DatePeriod> parts = parts(situation, activities, allStates);
        for (int p = 0; p < parts.size(); p++) {
            DatePeriod part = parts.get(p);
            List<Segment.Indexed> active = new ArrayList<>(activities.size());
            for (int i = 0; i < activities.size(); i++) {
                if (activities.get(i).activity().period().overlaps(part)) {
                    active.add(activities.get(i));
                }
            }
            List<PartnerCode> states = active.size() == activities.size() ? allStates : states(situation, active);
            Regime regime = regimes.on(states, part.start(), situationStart);
            Outcome outcome = rules.evaluate(new Segment(part, active, regime, situation, situationStart));
            outcome = CertificateBinding.apply(situation, part, regime.instrumentId(), outcome);
            for (int i = 0; i < outcome.findings().size(); i++) {
                trace.add(outcome.findings().get(i));
            }
            status = status == null || Outcome.severity(outcome.status()) > Outcome.severity(status) ? outcome.status() : status;
            legislation.addAll(outcome.periods());
        }
        status = status == null ? DecisionStatus.NEEDS_ASSESSMENT : status;
        return new Decision(status, status == DecisionStatus.NEEDS_INFORMATION ? List.of() : merge(legislation),
                trace.checks(), trace.warnings(), trace.missingFacts());
    }

    /** The period cut where an instrument or an activity starts or ends: one regime and one set of activities per part. */
    private List<DatePeriod> parts(Situation situation, List<Segment.Indexed> activities, List<PartnerCode> states) {
        DatePeriod period = situation.period();
        List<LocalDate> cuts = regimes.changeDays(states, period);
        for (int i = 0; i < activities.size(); i++) {
            DatePeriod p = activities.get(i).activity().period();
            if (p.start().isAfter(period.start()) && !p.start().isAfter(period.end())) {
                cuts.add(p.start());
            }
            if (!p.end().isBefore(period.start()) && p.end().isBefore(period.end())) {
                cuts.add(p.end().plusDays(1));
            }
        }
        CertificateBinding.cuts(situation, cuts);
        if (cuts.isEmpty()) {
            return List.of(period);
        }
        cuts.sort(null);
        List<DatePeriod> parts = new ArrayList<>(cuts.size() + 1);
        LocalDate start = period.start();
        for (LocalDate cut : cuts) {
            if (cut.isAfter(start)) {
                parts.add(new DatePeriod(start, cut.minusDays(1)));
                start = cut;
            }
        }
        parts.add(new DatePeriod(start, period.end()));
        return parts;
    }

    /** The states involved, each once and in code order: the residence, where each activity is, where from. */
    private static List<PartnerCode> states(Situation situation, List<Segment.Indexed> activities) {
        List<PartnerCode> states = new ArrayList<>(2 * activities.size() + 1);
        states.add(situation.person().residence());
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i).activity();
            addOnce(states, activity.state());
            if (activity.postedFrom() != null) {
                addOnce(states, activity.postedFrom());
            }
        }
        states.sort(null);
        return states;
    }

    private static void addOnce(List<PartnerCode> states, PartnerCode state) {
        if (!states.contains(state)) {
            states.add(state);
        }
    }

    /** Adjacent parts with the same state, provision and instrument are one legislation period. */
    private static List<LegislationPeriod> merge(List<LegislationPeriod> periods) {
        if (periods.size() < 2) {
            return periods;
        }
        List<LegislationPeriod> merged = new ArrayList<>(periods.size());
        for (LegislationPeriod p : periods) {
            if (!merged.isEmpty()) {
                LegislationPeriod last = merged.get(merged.size() - 1);
                if (last.state().equals(p.state()) && last.provision().code().equals(p.provision().code())
                        && last.instrumentId().equals(p.instrumentId())
                        && last.period().end().plusDays(1).equals(p.period().start())) {
                    merged.set(merged.size() - 1, new LegislationPeriod(new DatePeriod(last.period().start(), p.period().end()),
                            p.state(), p.provision(), p.instrumentId()));
                    continue;
                }
            }
            merged.add(p);
        }
        return merged;
    }
}

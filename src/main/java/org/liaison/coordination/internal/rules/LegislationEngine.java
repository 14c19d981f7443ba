package org.liaison.coordination.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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
 * function of the situation and the registry.
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
        List<Segment.Indexed> activities = new ArrayList<>();
        for (int i = 0; i < situation.activities().size(); i++) {
            activities.add(new Segment.Indexed(i, situation.activities().get(i)));
        }
        activities.sort(CANONICAL);
        DatePeriod period = situation.period();
        LocalDate situationStart = activities.stream().map(a -> a.activity().period().start())
                .filter(d -> d.isBefore(period.start())).min(LocalDate::compareTo).orElse(period.start());

        List<Outcome> outcomes = new ArrayList<>();
        for (DatePeriod part : parts(situation, activities)) {
            List<Segment.Indexed> active = activities.stream().filter(a -> a.activity().period().overlaps(part)).toList();
            Regime regime = regimes.on(states(situation, active), part.start(), situationStart);
            outcomes.add(rules.evaluate(new Segment(part, active, regime, situation, situationStart)));
        }
        Trace trace = new Trace();
        outcomes.forEach(outcome -> outcome.findings().forEach(trace::add));
        DecisionStatus status = outcomes.stream().map(Outcome::status)
                .max(Comparator.comparingInt(Outcome::severity)).orElse(DecisionStatus.NEEDS_ASSESSMENT);
        List<LegislationPeriod> legislation = status == DecisionStatus.NEEDS_INFORMATION ? List.of()
                : merge(outcomes.stream().flatMap(o -> o.periods().stream()).toList());
        return new Decision(status, legislation, trace.checks(), trace.warnings(), trace.missingFacts());
    }

    /** The period cut where an instrument or an activity starts or ends: one regime and one set of activities per part. */
    private List<DatePeriod> parts(Situation situation, List<Segment.Indexed> activities) {
        DatePeriod period = situation.period();
        Set<PartnerCode> all = states(situation, activities);
        SortedSet<LocalDate> cuts = new TreeSet<>(regimes.changeDays(all, period));
        for (Segment.Indexed a : activities) {
            DatePeriod p = a.activity().period();
            if (p.start().isAfter(period.start()) && !p.start().isAfter(period.end())) {
                cuts.add(p.start());
            }
            if (!p.end().isBefore(period.start()) && p.end().isBefore(period.end())) {
                cuts.add(p.end().plusDays(1));
            }
        }
        List<DatePeriod> parts = new ArrayList<>();
        LocalDate start = period.start();
        for (LocalDate cut : cuts) {
            parts.add(new DatePeriod(start, cut.minusDays(1)));
            start = cut;
        }
        parts.add(new DatePeriod(start, period.end()));
        return parts;
    }

    private static Set<PartnerCode> states(Situation situation, List<Segment.Indexed> activities) {
        Set<PartnerCode> states = new TreeSet<>();
        states.add(situation.person().residence());
        for (Segment.Indexed a : activities) {
            Activity activity = a.activity();
            states.add(activity.state());
            if (activity.postedFrom() != null) {
                states.add(activity.postedFrom());
            }
        }
        return states;
    }

    /** Adjacent parts with the same state, provision and instrument are one legislation period. */
    private static List<LegislationPeriod> merge(List<LegislationPeriod> periods) {
        List<LegislationPeriod> merged = new ArrayList<>();
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

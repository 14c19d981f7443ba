package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactType;
import org.liaison.agreements.Parameter;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.shared.LegalReference;

/**
 * Reg. 987/2009 art. 14(5b) (inserted by Reg. 465/2012): marginal activities are disregarded when the applicable
 * legislation is determined under art. 13 of Reg. 883/2004. The Administrative Commission's Practical Guide on the
 * applicable legislation (Part II, "marginal activities") takes as an indicator an activity of less than 5 % of the
 * person's regular working time and/or remuneration; that figure is the registry's dated parameter
 * {@code marginal_activity_percent}. Without it this rule disregards nothing.
 *
 * <p>Only ordinary activities (employed, self-employed) without a posting can be marginal: a posting or a civil
 * servant's post has rules of their own. A marginal job beside a posting is disregarded too, so that it does not
 * turn the posting into "a posting with another activity" for an officer. An activity is marginal when at least one
 * of its shares is given and every share given is below the threshold, so that a small share of time paid a large
 * share of the pay is not disregarded. At least one activity always stays: the remaining ones are what the person
 * "normally pursues".
 */
final class MarginalActivities {

    static final LegalReference REFERENCE = new LegalReference("Règl. (CE) 987/2009, art. 14(5b)", Provisions.EUR_LEX_987);
    private static final String CODE = "EU_987_ART14_5B";

    private final AgreementRegistry registry;

    MarginalActivities(AgreementRegistry registry) {
        this.registry = registry;
    }

    /** The part of the period with its marginal activities set aside, and a finding per activity disregarded. */
    record Result(Segment segment, List<Finding> findings) {
    }

    Result disregard(Segment segment) {
        List<Segment.Indexed> activities = segment.activities();
        if (activities.size() < 2 || !crossBorder(activities)) {
            return new Result(segment, List.of());
        }
        Parameter<Integer> threshold = registry.parameter(segment.regime().instrumentId(), segment.regime().partner(),
                segment.period().start(), FactType.MARGINAL_ACTIVITY_PERCENT, Integer.class);
        if (!(threshold instanceof Parameter.Known<Integer> known)) {
            return new Result(segment, List.of());
        }
        BigDecimal limit = BigDecimal.valueOf(known.value());
        List<Segment.Indexed> kept = new ArrayList<>(activities.size());
        List<Segment.Indexed> marginal = new ArrayList<>(activities.size());
        for (Segment.Indexed a : activities) {
            (isMarginal(a.activity(), limit) ? marginal : kept).add(a);
        }
        if (marginal.isEmpty() || kept.isEmpty()) {
            return new Result(segment, List.of());
        }
        List<Finding> findings = new ArrayList<>(marginal.size());
        for (Segment.Indexed a : marginal) {
            Activity activity = a.activity();
            Map<String, String> facts = new TreeMap<>();
            facts.put("activity", Integer.toString(a.index() + 1));
            facts.put("state", activity.state().value());
            facts.put("thresholdPercent", known.value().toString());
            put(facts, "workingTimeShare", activity.workingTimeShare());
            put(facts, "remunerationShare", activity.remunerationShare());
            findings.add(Finding.check("MARGINAL_ACTIVITY", CODE, MET, facts, REFERENCE, "check.marginalActivity",
                    a.index() + 1, activity.state().value(), text(activity.workingTimeShare()),
                    text(activity.remunerationShare()), known.value())
                    .warnIfToCheck(threshold, "marginal_activity_percent", segment.regime().instrumentId()));
        }
        return new Result(new Segment(segment.period(), List.copyOf(kept), segment.regime(), segment.situation(),
                segment.situationStart()), findings);
    }

    /** Several states: of work, or of work and of a posting's sending state (a marginal job beside a posting). */
    private static boolean crossBorder(List<Segment.Indexed> activities) {
        java.util.Set<String> states = new java.util.TreeSet<>();
        for (Segment.Indexed a : activities) {
            states.add(a.activity().state().value());
            if (a.activity().postedFrom() != null) {
                states.add(a.activity().postedFrom().value());
            }
        }
        return states.size() > 1;
    }

    private static boolean isMarginal(Activity activity, BigDecimal limit) {
        if (activity.isPosting() || (activity.kind() != ActivityKind.EMPLOYED && activity.kind() != ActivityKind.SELF_EMPLOYED)) {
            return false;
        }
        BigDecimal time = activity.workingTimeShare();
        BigDecimal pay = activity.remunerationShare();
        if (time == null && pay == null) {
            return false;
        }
        return (time == null || time.compareTo(limit) < 0) && (pay == null || pay.compareTo(limit) < 0);
    }

    private static void put(Map<String, String> facts, String name, @Nullable BigDecimal share) {
        if (share != null) {
            facts.put(name, share.stripTrailingZeros().toPlainString());
        }
    }

    private static String text(@Nullable BigDecimal share) {
        return share == null ? "–" : share.stripTrailingZeros().toPlainString();
    }
}

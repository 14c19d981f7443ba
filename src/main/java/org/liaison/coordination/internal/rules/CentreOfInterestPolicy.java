package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.Activity;
import org.liaison.coordination.CentreOfInterest;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Facts;
import org.liaison.coordination.Provision;
import org.liaison.shared.PartnerCode;

/**
 * The centre of interest of a self-employed person active in two or more states with no substantial part in the
 * state of residence (Reg. 883/2004 art. 13(2)(b); issue #12 item 12). Reg. 987/2009 art. 14(9) weighs "all the
 * aspects of that person's occupational activities, notably the place where the person's fixed and permanent place of
 * business is located, the habitual nature or the duration of the activities pursued, the number of services rendered,
 * and the intention of the person concerned as revealed by all the circumstances", on the situation projected for
 * the next 12 calendar months (art. 14(10)).
 * <p>
 * The law gives no arithmetic: the answer is <em>indicative</em>, an officer confirms it (the institution of residence
 * determines it provisionally, 987/2009 art. 16(2)). The engine's reading: the fixed and permanent place of business
 * weighs double (the regulation names it first; its predecessor, Reg. 574/72 art. 12a(5)(d), put it "in the first
 * place"), each other criterion counts once for the one state that leads it (duration: the largest share of working
 * time), and a state must lead strictly; otherwise it gives no indication and proposes the largest share, as before.
 */
final class CentreOfInterestPolicy {

    static final int FIXED_PLACE_WEIGHT = 2;

    private CentreOfInterestPolicy() {
    }

    /** {@code null} when the situation gives no criteria: the caller keeps its earlier answer. */
    static @Nullable Outcome evaluate(Segment segment, List<Segment.Indexed> selfEmployed, Finding substantial,
                                      PartnerCode largestShare) {
        List<CentreOfInterest> criteria = segment.situation().centreOfInterest();
        if (criteria.isEmpty()) {
            return null;
        }
        List<PartnerCode> states = new ArrayList<>(MultiStatePolicy.states(selfEmployed));
        Map<PartnerCode, Integer> scores = new TreeMap<>();
        states.forEach(s -> scores.put(s, 0));
        PartnerCode fixed = onlyOne(states, criteria, CentreOfInterest::fixedPlaceOfBusiness);
        PartnerCode habitual = onlyOne(states, criteria, CentreOfInterest::habitual);
        PartnerCode intended = onlyOne(states, criteria, CentreOfInterest::intended);
        PartnerCode services = mostServices(states, criteria);
        PartnerCode duration = longest(selfEmployed);
        add(scores, fixed, FIXED_PLACE_WEIGHT);
        add(scores, habitual, 1);
        add(scores, intended, 1);
        add(scores, services, 1);
        add(scores, duration, 1);
        PartnerCode indicated = strictLeader(scores);

        Provision b = Provisions.of("EU_883_ART13_2_B");
        String instrument = segment.regime().instrumentId();
        Map<String, String> facts = new TreeMap<>();
        facts.put("indicative", "true");
        facts.put("fixedPlaceOfBusiness", name(fixed));
        facts.put("habitual", name(habitual));
        facts.put("mostServices", name(services));
        facts.put("longestDuration", name(duration));
        facts.put("intention", name(intended));
        facts.put("scores", scores.toString());
        Finding centre = indicated == null
                ? Finding.check("CENTRE_OF_INTEREST", b, NEEDS_ASSESSMENT, facts, "check.centreOfInterestUnclear",
                        largestShare.value())
                : Finding.check("CENTRE_OF_INTEREST", b, NEEDS_ASSESSMENT, facts, "check.centreOfInterestIndicative",
                        indicated.value(), name(fixed), name(habitual), name(services), name(duration), name(intended))
                        .warn("INDICATIVE", "warning.centreOfInterestIndicative", indicated.value());
        LocalDate start = segment.period().start();
        LocalDate outlookEnd = start.plusMonths(12).minusDays(1);
        boolean beyond = segment.situation().period().end().isAfter(outlookEnd);
        Finding outlook = Finding.check("TWELVE_MONTH_OUTLOOK", Provisions.of("EU_987_ART14_10"), NEEDS_ASSESSMENT,
                Facts.of("outlookStart", start.toString(), "outlookEnd", outlookEnd.toString(),
                        "periodGoesBeyond", Boolean.toString(beyond)),
                beyond ? "check.twelveMonthOutlookBeyond" : "check.twelveMonthOutlook", start.toString(),
                outlookEnd.toString());
        return Outcome.of(DecisionStatus.NEEDS_ASSESSMENT, segment.period(), indicated == null ? largestShare : indicated,
                b, instrument, List.of(substantial, centre, outlook));
    }

    /** The one state, among those worked in, where the criterion holds; none if it holds in none or several. */
    private static @Nullable PartnerCode onlyOne(List<PartnerCode> states, List<CentreOfInterest> criteria,
                                                 Function<CentreOfInterest, Boolean> criterion) {
        PartnerCode found = null;
        for (CentreOfInterest c : criteria) {
            if (states.contains(c.state()) && Boolean.TRUE.equals(criterion.apply(c))) {
                if (found != null) {
                    return null;
                }
                found = c.state();
            }
        }
        return found;
    }

    private static @Nullable PartnerCode mostServices(List<PartnerCode> states, List<CentreOfInterest> criteria) {
        PartnerCode best = null;
        int most = -1;
        boolean tie = false;
        for (CentreOfInterest c : criteria) {
            if (!states.contains(c.state()) || c.servicesRendered() == null) {
                continue;
            }
            if (c.servicesRendered() > most) {
                best = c.state();
                most = c.servicesRendered();
                tie = false;
            } else if (c.servicesRendered() == most) {
                tie = true;
            }
        }
        return tie || most <= 0 ? null : best;
    }

    /** Duration: the state with the strictly largest share of working time, when every activity gives one. */
    private static @Nullable PartnerCode longest(List<Segment.Indexed> activities) {
        Map<PartnerCode, BigDecimal> byState = new TreeMap<>();
        for (Segment.Indexed a : activities) {
            Activity activity = a.activity();
            if (activity.workingTimeShare() == null) {
                return null;
            }
            byState.merge(activity.state(), activity.workingTimeShare(), BigDecimal::add);
        }
        PartnerCode best = null;
        BigDecimal most = null;
        boolean tie = false;
        for (Map.Entry<PartnerCode, BigDecimal> e : byState.entrySet()) {
            int order = most == null ? 1 : e.getValue().compareTo(most);
            if (order > 0) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (order == 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static void add(Map<PartnerCode, Integer> scores, @Nullable PartnerCode state, int points) {
        if (state != null) {
            scores.merge(state, points, Integer::sum);
        }
    }

    private static @Nullable PartnerCode strictLeader(Map<PartnerCode, Integer> scores) {
        PartnerCode best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<PartnerCode, Integer> e : scores.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most && most > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static String name(@Nullable PartnerCode state) {
        return state == null ? "–" : state.value();
    }
}

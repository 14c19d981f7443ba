package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.Decision;
import org.liaison.coordination.Employer;
import org.liaison.coordination.Situation;
import org.liaison.shared.PartnerCode;

/**
 * Issue #12 acceptance: marginal activities (under 5 % of working time and remuneration, Reg. 987/2009 art. 14(5b),
 * the Practical Guide's indicator) never change the state whose legislation applies, whether they are added to a
 * situation or removed from it. Situations come from {@link SituationGenerator}, 400 per property from a fixed
 * seed (reproducible: a failure names the situation), like {@link DecisionInvariantsTests}.
 */
class MarginalActivityPropertiesTests {

    private static final String[] STATES = {"DE", "BE", "ES", "IT", "LU", "NL", "PL", "AT"};

    @Test
    void addingActivitiesBelowFivePercentNeverChangesTheState() {
        Random draws = new Random(20261204L);
        for (int n = 0; n < 400; n++) {
            long seed = draws.nextLong();
            Situation situation = new SituationGenerator(new Random(seed)).nextWithinTheRegulation();
            Situation withMarginal = withMarginalActivities(situation, 1 + draws.nextInt(3),
                    BigDecimal.valueOf(1 + draws.nextInt(49), 1), new Random(seed + 1));

            Decision before = ENGINE.decide(situation);
            Decision after = ENGINE.decide(withMarginal);

            assertThat(states(after)).as("%s%n→ %s", situation, withMarginal).isEqualTo(states(before));
            assertThat(after.status()).isEqualTo(before.status());
        }
    }

    @Test
    void removingTheActivitiesBelowFivePercentNeverChangesTheState() {
        Random draws = new Random(20261205L);
        for (int n = 0; n < 400; n++) {
            long seed = draws.nextLong();
            Situation withMarginal = withMarginalActivities(new SituationGenerator(new Random(seed)).nextWithinTheRegulation(),
                    1 + draws.nextInt(3), BigDecimal.valueOf(1 + draws.nextInt(49), 1), new Random(seed + 1));
            List<Activity> kept = withMarginal.activities().stream()
                    .filter(a -> a.workingTimeShare() == null || a.workingTimeShare().compareTo(BigDecimal.valueOf(5)) >= 0)
                    .toList();
            Situation removed = new Situation(withMarginal.person(), kept, withMarginal.priorAffiliation(),
                    withMarginal.earlierPostings(), withMarginal.period(), withMarginal.exceptionRequested());

            assertThat(states(ENGINE.decide(removed))).as("%s", withMarginal).isEqualTo(states(ENGINE.decide(withMarginal)));
        }
    }

    /** The same situation with marginal activities in other EU states over its whole period, shares scaled to 100 %. */
    private static Situation withMarginalActivities(Situation situation, int count, BigDecimal share, Random random) {
        List<Activity> activities = new ArrayList<>(situation.activities().size() + count);
        for (Activity a : situation.activities()) {
            activities.add(new Activity(a.kind(), a.state(), a.employer(), a.postedFrom(), a.workingTimeShare(),
                    a.remunerationShare(), a.period(), a.replacesPostedWorker(), a.similarActivity()));
        }
        for (int i = 0; i < count; i++) {
            ActivityKind kind = random.nextBoolean() ? ActivityKind.EMPLOYED : ActivityKind.SELF_EMPLOYED;
            PartnerCode state = PartnerCode.of(STATES[random.nextInt(STATES.length)]);
            Employer employer = kind == ActivityKind.EMPLOYED ? new Employer("M" + i, state, true) : null;
            activities.add(new Activity(kind, state, employer, null, share, share, situation.period(), null, null));
        }
        return new Situation(situation.person(), activities, situation.priorAffiliation(), situation.earlierPostings(),
                situation.period(), situation.exceptionRequested());
    }

    /** The states designated, day by day as periods: what a marginal activity must not change. */
    private static List<String> states(Decision decision) {
        return decision.legislation().stream().map(p -> p.period() + " " + p.state()).toList();
    }
}

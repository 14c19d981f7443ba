package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.Situation;

/** Properties that hold for every decision, over many seeded random situations (see {@link SituationGenerator}). */
class DecisionInvariantsTests {

    private static final int RUNS = 3000;

    @Test
    void aDecidedPeriodHasExactlyOneLegislationOnEveryDay() {
        SituationGenerator generator = new SituationGenerator(new Random(20260101L));
        int decided = 0;
        for (int i = 0; i < RUNS; i++) {
            Situation situation = generator.next();
            Decision decision = ENGINE.decide(situation);
            if (decision.status() != DecisionStatus.DECIDED) {
                continue;
            }
            decided++;
            List<LegislationPeriod> periods = decision.legislation();
            assertThat(periods).as("%s", situation).isNotEmpty();
            assertThat(periods.get(0).period().start()).isEqualTo(situation.period().start());
            assertThat(periods.get(periods.size() - 1).period().end()).isEqualTo(situation.period().end());
            for (int p = 1; p < periods.size(); p++) {
                assertThat(periods.get(p).period().start()).as("no gap or overlap in %s", situation)
                        .isEqualTo(periods.get(p - 1).period().end().plusDays(1));
            }
        }
        assertThat(decided).as("the generator produces decided situations").isGreaterThan(RUNS / 20);
    }

    @Test
    void everyOutcomeAndEveryCheckHasALegalReferenceAndAnExplanationInBothLanguages() {
        SituationGenerator generator = new SituationGenerator(new Random(7L));
        for (int i = 0; i < RUNS; i++) {
            Decision decision = ENGINE.decide(generator.next());
            assertThat(decision.legislation()).allSatisfy(p -> {
                assertThat(p.provision().reference().citation().blank()).isFalse();
                assertThat(p.provision().title().in(java.util.Locale.FRENCH)).isNotBlank();
                assertThat(p.provision().title().in(java.util.Locale.ENGLISH)).isNotBlank();
            });
            assertThat(decision.checks()).allSatisfy(c -> {
                assertThat(c.reference().citation().blank()).isFalse();
                assertThat(c.explanation().in(java.util.Locale.FRENCH)).isNotBlank().doesNotContain("{");
                assertThat(c.explanation().in(java.util.Locale.ENGLISH)).isNotBlank().doesNotContain("{");
            });
            if (decision.status() == DecisionStatus.NEEDS_INFORMATION) {
                assertThat(decision.missingFacts()).isNotEmpty();
            }
        }
    }

    @Test
    void theDecisionDoesNotDependOnTheOrderOfTheActivities() {
        SituationGenerator generator = new SituationGenerator(new Random(42L));
        Random shuffle = new Random(43L);
        for (int i = 0; i < RUNS; i++) {
            Situation situation = generator.next();
            List<org.liaison.coordination.Activity> reordered = new ArrayList<>(situation.activities());
            Collections.shuffle(reordered, shuffle);
            Situation shuffled = new Situation(situation.person(), reordered, situation.priorAffiliation(),
                    situation.earlierPostings(), situation.period(), situation.exceptionRequested());
            Decision a = ENGINE.decide(situation);
            Decision b = ENGINE.decide(shuffled);
            assertThat(b.status()).as("%s", situation).isEqualTo(a.status());
            assertThat(b.legislation()).isEqualTo(a.legislation());
            assertThat(b.checks()).isEqualTo(a.checks());
            assertThat(b.warnings()).isEqualTo(a.warnings());
            assertThat(b.missingFacts()).hasSameSizeAs(a.missingFacts());
        }
    }
}

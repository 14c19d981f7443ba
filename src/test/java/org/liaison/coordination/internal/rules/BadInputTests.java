package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;
import static org.liaison.coordination.internal.rules.Given.employer;
import static org.liaison.coordination.internal.rules.Given.from;
import static org.liaison.coordination.internal.rules.Given.posting;
import static org.liaison.coordination.internal.rules.Given.resident;
import static org.liaison.coordination.internal.rules.Given.work;

import org.junit.jupiter.api.Test;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;

/** Missing facts a rule needs give "needs more information" naming them, never a guess. */
class BadInputTests {

    @Test
    void aPostingWithoutTheEmployersActivityOrThePriorAffiliationNamesBoth() {
        Activity activity = new Activity(ActivityKind.EMPLOYED, Given.state("DE"), employer("FR-1", "FR", null), Given.state("FR"),
                null, null, from("2025-01-01", "2025-12-31"), null, null);
        Decision decision = ENGINE.decide(resident("FR").with(activity).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_INFORMATION);
        assertThat(decision.legislation()).isEmpty();
        assertThat(decision.missingFacts()).containsExactlyInAnyOrder("activities[0].employer.substantialActivityInSeat",
                "activities[0].replacesPostedWorker", "priorAffiliation");
    }

    @Test
    void workInTwoStatesWithoutSharesNamesTheShares() {
        Decision decision = ENGINE.decide(resident("FR")
                .with(work(ActivityKind.EMPLOYED, "FR", employer("FR-1", "FR"), from("2025-01-01", "2025-12-31"), null, null))
                .with(work(ActivityKind.EMPLOYED, "BE", employer("BE-1", "BE"), from("2025-01-01", "2025-12-31"), null, null))
                .situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_INFORMATION);
        assertThat(decision.missingFacts()).containsExactlyInAnyOrder("activities[0].workingTimeShare", "activities[1].workingTimeShare");
    }

    @Test
    void aConventionPostingWithoutNationalityAsksForIt() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "US", from("2025-01-01", "2025-12-31"))).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_INFORMATION);
        assertThat(decision.missingFacts()).containsExactly("person.nationality");
    }

    @Test
    void aCivilServantWithoutAdministrationAsksForIt() {
        Decision decision = ENGINE.decide(resident("BE")
                .with(work(ActivityKind.CIVIL_SERVANT, "BE", null, from("2025-01-01", "2025-12-31"), null, null)).situation());

        assertThat(decision.missingFacts()).containsExactly("activities[0].employer");
    }

    @Test
    void aStateWithNoInstrumentIsAnsweredWithoutInventingALegislation() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR").with(posting("FR", "SN", from("1970-01-01", "1970-12-31"))).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(decision.legislation()).isEmpty();
        assertThat(decision.checks()).allSatisfy(c -> assertThat(c.explanation().in(java.util.Locale.FRENCH)).isNotBlank());
    }
}

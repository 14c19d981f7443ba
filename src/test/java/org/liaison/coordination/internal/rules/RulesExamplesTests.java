package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;
import static org.liaison.coordination.internal.rules.Given.from;
import static org.liaison.coordination.internal.rules.Given.posting;
import static org.liaison.coordination.internal.rules.Given.resident;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Decision;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationPeriod;

/** The worked examples of /work/shared/reference/rules.md §5 that concern applicable legislation. */
class RulesExamplesTests {

    @Test
    @DisplayName("rules.md §5 case 1: posted to Germany for 20 months, French legislation under art. 12(1)")
    void aTwentyMonthPostingToGermanyKeepsFrenchLegislation() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "DE", from("2024-03-01", "2025-10-31")))
                .affiliatedIn("FR", "2020-01-01").situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("FR");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART12_1");
            assertThat(p.instrumentId()).isEqualTo("eu-reg-883-2004");
            assertThat(p.period()).isEqualTo(from("2024-03-01", "2025-10-31"));
        });
        assertThat(decision.checks()).extracting(c -> c.code() + "=" + c.result()).contains("POSTING_DURATION=MET",
                "PRIOR_AFFILIATION=MET", "EMPLOYER_SUBSTANTIAL_ACTIVITY=MET", "NOT_REPLACING_POSTED_WORKER=MET");
    }

    @Test
    @DisplayName("rules.md §5 case 2: a 30-month posting fails art. 12; German legislation (lex loci)")
    void aThirtyMonthPostingFallsBackToTheStateOfWork() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "DE", from("2024-03-01", "2026-08-31")))
                .affiliatedIn("FR", "2020-01-01").situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.legislation()).extracting(LegislationPeriod::state).extracting(s -> s.value()).containsExactly("DE");
        assertThat(decision.legislation().get(0).provision().code()).isEqualTo("EU_883_ART11_3_A");
        assertThat(decision.checks()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("POSTING_DURATION");
            assertThat(c.result().name()).isEqualTo("NOT_MET");
            assertThat(c.facts()).containsEntry("anticipatedMonths", "30").containsEntry("maxMonths", "24");
        });
    }

    @Test
    @DisplayName("rules.md §5 case 2: the same 30 months with an art. 16 request needs an agreement between authorities")
    void aThirtyMonthPostingWithAnExceptionRequestNeedsAnAgreement() {
        Decision decision = ENGINE.decide(resident("FR").with(posting("FR", "DE", from("2024-03-01", "2026-08-31")))
                .affiliatedIn("FR", "2020-01-01").exceptionRequested().situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_AGREEMENT);
        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.provision().code()).isEqualTo("EU_883_ART16_1");
            assertThat(p.state().value()).isEqualTo("FR");
        });
    }
}

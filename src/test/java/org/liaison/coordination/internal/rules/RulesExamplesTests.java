package org.liaison.coordination.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.rules.Given.ENGINE;
import static org.liaison.coordination.internal.rules.Given.from;
import static org.liaison.coordination.internal.rules.Given.posting;
import static org.liaison.coordination.internal.rules.Given.resident;

import static org.liaison.coordination.internal.rules.Given.employer;
import static org.liaison.coordination.internal.rules.Given.work;

import org.junit.jupiter.api.DisplayName;
import org.liaison.coordination.ActivityKind;
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

    @Test
    @DisplayName("rules.md §5 case 3 (Practical Guide Part I Q13): a new posting one month after the last is refused, two months after is allowed")
    void aNewPostingNeedsTwoMonthsAfterTheLastOne() {
        Decision tooSoon = ENGINE.decide(resident("FR").with(posting("FR", "DE", from("2025-02-01", "2025-08-31")))
                .affiliatedIn("FR", "2020-01-01").earlierPosting("FR", "DE", "EMP-1", from("2024-01-01", "2024-12-31")).situation());
        Decision afterTheGap = ENGINE.decide(resident("FR").with(posting("FR", "DE", from("2025-03-01", "2025-08-31")))
                .affiliatedIn("FR", "2020-01-01").earlierPosting("FR", "DE", "EMP-1", from("2024-01-01", "2024-12-31")).situation());

        assertThat(tooSoon.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("DE");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART11_3_A");
        });
        assertThat(tooSoon.checks()).anySatisfy(c -> assertThat(c.code() + "=" + c.result()).isEqualTo("REPOSTING_GAP=NOT_MET"));
        assertThat(afterTheGap.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(afterTheGap.legislation()).singleElement().satisfies(p -> assertThat(p.provision().code()).isEqualTo("EU_883_ART12_1"));
    }

    @Test
    @DisplayName("rules.md §5 case 4 (987/2009 art. 14(8)): resident in Belgium, 30 % there and 70 % in the Netherlands for one Dutch employer: Belgium, art. 13(1)(a)")
    void aSubstantialPartInTheStateOfResidenceDecides() {
        Decision decision = ENGINE.decide(resident("BE")
                .with(work(ActivityKind.EMPLOYED, "BE", employer("NL-1", "NL"), from("2025-01-01", "2025-12-31"), 30, null))
                .with(work(ActivityKind.EMPLOYED, "NL", employer("NL-1", "NL"), from("2025-01-01", "2025-12-31"), 70, null))
                .situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("BE");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART13_1_A");
        });
    }

    @Test
    @DisplayName("rules.md §5 case 7: employed in Belgium and self-employed in France: Belgium, art. 13(3)")
    void employmentWinsOverSelfEmployment() {
        Decision decision = ENGINE.decide(resident("FR")
                .with(work(ActivityKind.EMPLOYED, "BE", employer("BE-1", "BE"), from("2025-01-01", "2025-12-31"), 60, null))
                .with(work(ActivityKind.SELF_EMPLOYED, "FR", null, from("2025-01-01", "2025-12-31"), 40, null))
                .situation());

        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("BE");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART13_3");
        });
    }

    @Test
    @DisplayName("rules.md §5 case 7: a French civil servant also employed in Germany: France, art. 13(4)")
    void aCivilServantStaysUnderTheAdministrationsLegislation() {
        Decision decision = ENGINE.decide(resident("DE")
                .with(work(ActivityKind.CIVIL_SERVANT, "FR", employer("MIN-1", "FR"), from("2025-01-01", "2025-12-31"), 50, null))
                .with(work(ActivityKind.EMPLOYED, "DE", employer("DE-1", "DE"), from("2025-01-01", "2025-12-31"), 50, null))
                .situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("FR");
            assertThat(p.provision().code()).isEqualTo("EU_883_ART13_4");
        });
    }

    @Test
    @DisplayName("rules.md §5 case 13 (http://www.cleiss.fr/employeurs/detachement/france_algerie.html): 4 years in Algeria = 3 years + a 1-year extension decided by the CNAS")
    void aFourYearPostingToAlgeriaNeedsTheAlgerianExtension() {
        Decision decision = ENGINE.decide(resident("FR").nationality("FR")
                .with(posting("FR", "DZ", from("2024-01-01", "2027-12-31"))).situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.NEEDS_AGREEMENT);
        assertThat(decision.legislation()).extracting(p -> p.provision().code() + " " + p.period().start() + " " + p.period().end())
                .containsExactly("BILATERAL_FR_DZ_ART6 2024-01-01 2026-12-31", "BILATERAL_FR_DZ_ART6_EXTENSION 2027-01-01 2027-12-31");
        assertThat(decision.legislation()).allSatisfy(p -> assertThat(p.state().value()).isEqualTo("FR"));
    }

    @Test
    @DisplayName("rules.md §5 case 13 (Cleiss, Algeria): 6 years is beyond 3 + 2 years: Algerian legislation, or an exceptional derogation by agreement")
    void aSixYearPostingToAlgeriaNeedsAnExceptionalDerogation() {
        var given = resident("FR").nationality("FR").with(posting("FR", "DZ", from("2024-01-01", "2029-12-31")));
        Decision withoutRequest = ENGINE.decide(given.situation());
        Decision withRequest = ENGINE.decide(given.exceptionRequested().situation());

        assertThat(withoutRequest.legislation()).singleElement().satisfies(p -> assertThat(p.state().value()).isEqualTo("DZ"));
        assertThat(withRequest.status()).isEqualTo(DecisionStatus.NEEDS_AGREEMENT);
        assertThat(withRequest.legislation()).singleElement()
                .satisfies(p -> assertThat(p.provision().code()).isEqualTo("BILATERAL_FR_DZ_DEROGATION"));
    }

    @Test
    @DisplayName("rules.md §5 case 14 (https://www.cleiss.fr/employeurs/detachement/france_uruguay.html): 30 months in Uruguay, no extension: Uruguayan legislation unless the BPS agrees a derogation")
    void thirtyMonthsInUruguayCannotBeExtended() {
        var given = resident("FR").nationality("FR").with(posting("FR", "UY", from("2024-01-01", "2026-06-30")));
        Decision withoutRequest = ENGINE.decide(given.situation());
        Decision withRequest = ENGINE.decide(given.exceptionRequested().situation());

        assertThat(withoutRequest.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(withoutRequest.legislation()).singleElement().satisfies(p -> {
            assertThat(p.state().value()).isEqualTo("UY");
            assertThat(p.provision().code()).isEqualTo("BILATERAL_FR_UY_LEX_LOCI");
        });
        assertThat(withRequest.status()).isEqualTo(DecisionStatus.NEEDS_AGREEMENT);
    }
}

package org.liaison.coordination.internal.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.internal.family.FamilyExamplesTests.right;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyChildPriority;
import org.liaison.coordination.benefits.FamilyCostSharing;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.shared.PartnerCode;

/**
 * Worked examples from official sources on family benefits: the registry decides whether art. 68 applies at all, then
 * the priority (per child), the supplement for the family as a whole, Reg. 987/2009 art. 58 and art. 60. Where the
 * source gives no amounts, the amounts are built to follow its text (said in each name).
 */
class FamilyOfficialSourcesTests {

    private static final FamilyEngine ENGINE = new FamilyEngine(RegistrySnapshot.fromClasspath());

    private static FamilyDecision decide(String date, List<String> children, FamilyEntitlement... rights) {
        return ENGINE.decide(new FamilyCase(LocalDate.parse(date), children.stream().map(PartnerCode::of).toList(), List.of(rights)));
    }

    private static PartnerCode state(String code) {
        return PartnerCode.of(code);
    }

    @Test
    @DisplayName("https://caf.fr/nous-connaitre/brexit : since 2021 the EU–UK agreement leaves family benefits out, each state's law alone applies (amounts built)")
    void afterBrexitFamilyBenefitsAreNotCoordinatedWithTheUnitedKingdom() {
        FamilyDecision d = decide("2025-03-01", List.of("GB"), right("FR", FamilyGround.ACTIVITY, "141.99", null),
                right("GB", FamilyGround.RESIDENCE, "110.00", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.NOT_COORDINATED);
        assertThat(d.instrumentIds()).containsExactly("uk-tca-ssc-protocol");
        assertThat(d.priorityState()).isNull();
        assertThat(d.supplements()).isEmpty();
        assertThat(d.checks()).extracting(RequirementCheck::code).containsExactly("FAMILY_NOT_COVERED");
        assertThat(d.checks().get(0).reference().citation(Locale.ENGLISH)).contains("SSC.3");
    }

    @Test
    @DisplayName("https://caf.fr/nous-connaitre/brexit : working in the UK in 2020, family in France, spouse inactive: the UK first, France a differential allowance (amounts built)")
    void beforeTheEndOfTransitionTheStateOfWorkCameFirst() {
        FamilyDecision d = decide("2020-06-01", List.of("FR"), right("GB", FamilyGround.ACTIVITY, "90.00", null),
                right("FR", FamilyGround.RESIDENCE, "131.55", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.DECIDED);
        assertThat(d.instrumentIds()).containsExactly("eu-reg-883-2004");
        assertThat(d.priorityState()).isEqualTo(state("GB"));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(state("FR"), new BigDecimal("41.55"), false));
    }

    @Test
    @DisplayName("http://www.cleiss.fr/docs/pf/maroc.html : the Franco-Moroccan convention pays conventional allowances under its own art. 19–20, not Reg. 883/2004 art. 68")
    void theMoroccanConventionHasItsOwnFamilyRules() {
        FamilyDecision d = decide("2025-03-01", List.of("MA"), right("FR", FamilyGround.ACTIVITY, "141.99", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.NEEDS_ASSESSMENT);
        assertThat(d.instrumentIds()).containsExactly("fr-ma-2007");
        assertThat(d.checks()).extracting(RequirementCheck::code).containsExactly("CONVENTION_OWN_RULES");
    }

    @Test
    @DisplayName("https://www.cleiss.fr/docs/stats/sources_stats2015/files/basic-html/page64.html : parents working in two states, the children's state pays, the other examines the differential supplement (amounts built)")
    void parentsWorkingInTwoStatesTheChildrensStatePays() {
        FamilyDecision d = decide("2025-03-01", List.of("FR"), right("BE", FamilyGround.ACTIVITY, "350.40", null),
                right("FR", FamilyGround.ACTIVITY, "141.99", null));
        assertThat(d.priorityState()).isEqualTo(state("FR"));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(state("BE"), new BigDecimal("208.41"), false));
        assertThat(d.totalMonthly()).isEqualByComparingTo("350.40");
        assertThat(d.costSharing()).as("art. 58 only when the children live in neither state").isNull();
    }

    @Test
    @DisplayName("CJEU C-347/12 Wiering, https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62012CJ0347 : the supplement compares all benefits of the same kind for the family, Elterngeld included (amounts built)")
    void wieringTheSupplementComparesTheFamilysTotals() {
        // Germany: Kindergeld 2 × 184 + Elterngeld 300 = 668; Luxembourg: family allowances and education allowance 900.
        FamilyDecision d = decide("2025-03-01", List.of("DE", "DE"), right("LU", FamilyGround.ACTIVITY, "900.00", null),
                right("DE", FamilyGround.ACTIVITY, "668.00", null));
        assertThat(d.priorityState()).isEqualTo(state("DE"));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(state("LU"), new BigDecimal("232.00"), false));
        assertThat(d.childPriorities()).extracting(FamilyChildPriority::priorityState).containsOnly(state("DE"));
    }

    @Test
    @DisplayName("CJEU C-32/18 Moser, https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A62018CJ0032 : Germany has primary competence, Austria pays the difference computed for the whole family (Reg. 987/2009 art. 60(1)) (amounts built)")
    void moserTheSecondaryStatePaysTheDifference() {
        FamilyDecision d = decide("2025-03-01", List.of("DE"), right("DE", FamilyGround.ACTIVITY, "1200.00", null),
                right("AT", FamilyGround.ACTIVITY, "1500.00", null));
        assertThat(d.priorityState()).isEqualTo(state("DE"));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(state("AT"), new BigDecimal("300.00"), false));
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("CLAIM_WITH_ANY_INSTITUTION");
    }

    @Test
    @DisplayName("Reg. 987/2009 art. 58, https://eur-lex.europa.eu/eli/reg/2009/987/oj : activity in two states, children in neither: the highest pays in full, the other reimburses half (amounts built)")
    void costSharingWhenTheChildrenLiveInNeitherStateOfWork() {
        FamilyDecision d = decide("2025-03-01", List.of("ES"), right("FR", FamilyGround.ACTIVITY, "300.00", null),
                right("BE", FamilyGround.ACTIVITY, "400.01", null));
        assertThat(d.priorityState()).isEqualTo(state("BE"));
        assertThat(d.costSharing()).isEqualTo(new FamilyCostSharing(state("BE"), state("FR"), new BigDecimal("200.00")));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(state("FR"), new BigDecimal("0.00"), false));
    }

    @Test
    @DisplayName("Reg. 987/2009 art. 60(5) with art. 6(2), https://eur-lex.europa.eu/eli/reg/2009/987/oj : while the priority is disputed, the children's state pays provisionally")
    void provisionalPaymentByTheChildrensState() {
        FamilyDecision d = decide("2025-03-01", List.of("IT"), right("FR", FamilyGround.PENSION, "140.00", null),
                right("IT", FamilyGround.RESIDENCE, "120.00", null), right("BE", FamilyGround.PENSION, "200.00", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.NEEDS_ASSESSMENT);
        assertThat(d.provisionalState()).isEqualTo(state("IT"));
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("PROVISIONAL_PAYMENT");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(1)(b)(i), https://eur-lex.europa.eu/eli/reg/2004/883/oj : parents working in France and Germany, one child in each: the priority differs per child")
    void childrenLivingApartGetAPriorityEach() {
        FamilyDecision d = decide("2025-03-01", List.of("FR", "DE"), right("FR", FamilyGround.ACTIVITY, "141.99", null),
                right("DE", FamilyGround.ACTIVITY, "510.00", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.NEEDS_ASSESSMENT);
        assertThat(d.childPriorities()).containsExactly(new FamilyChildPriority(1, state("FR"), state("FR")),
                new FamilyChildPriority(2, state("DE"), state("DE")));
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("PRIORITY_PER_CHILD");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(2), last sentence, https://eur-lex.europa.eu/eli/reg/2004/883/oj : a residence-only right owes a supplement only for the children living there")
    void residenceOnlySupplementForSomeChildrenNeedsAnOfficer() {
        FamilyDecision d = decide("2025-03-01", List.of("FR", "DE"), right("FR", FamilyGround.ACTIVITY, "141.99", null),
                right("DE", FamilyGround.RESIDENCE, "510.00", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.NEEDS_ASSESSMENT);
        assertThat(d.childPriorities()).extracting(FamilyChildPriority::priorityState).containsOnly(state("FR"));
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("SUPPLEMENT_PARTLY_EXEMPTED");
    }

    @Test
    @DisplayName("Registry (fr-us-1987 covers pensions only, verified; https://www.ssa.gov/international/Agreement_Texts/francais.html): no coordination of family benefits with the USA")
    void theUsAgreementLeavesFamilyBenefitsOut() {
        FamilyDecision d = decide("2025-03-01", List.of("US"), right("FR", FamilyGround.ACTIVITY, "141.99", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.NOT_COORDINATED);
        assertThat(d.instrumentIds()).containsExactly("fr-us-1987");
    }
}

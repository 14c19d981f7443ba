package org.liaison.coordination.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.shared.FieldProblem;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.coordination.RequirementCheck;
import org.liaison.shared.PartnerCode;

/** Worked examples of the family-benefit priority rules (Reg. 883/2004 art. 67–69), each citing its source. */
class FamilyExamplesTests {

    private static final FamilyEngine ENGINE = new FamilyEngine(RegistrySnapshot.fromClasspath());
    static final LocalDate DATE = LocalDate.parse("2025-03-01");

    static FamilyEntitlement right(String state, FamilyGround ground, String amount, Integer months) {
        return new FamilyEntitlement(PartnerCode.of(state), ground, new BigDecimal(amount), months);
    }

    static FamilyDecision decide(String children, FamilyEntitlement... rights) {
        return ENGINE.decide(new FamilyCase(DATE, PartnerCode.of(children), List.of(rights)));
    }

    @Test
    @DisplayName("rules.md §5 case 11: father employed in France, mother inactive in Germany with the child: France first, Germany pays the difference")
    void caseElevenEmploymentComesBeforeResidence() {
        FamilyDecision d = decide("DE", right("FR", FamilyGround.ACTIVITY, "141.99", null),
                right("DE", FamilyGround.RESIDENCE, "255.00", null));
        assertThat(d.status()).isEqualTo(FamilyStatus.DECIDED);
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("FR"));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DE"), new BigDecimal("113.01"), false));
        assertThat(d.totalMonthly()).isEqualByComparingTo("255.00");
    }

    @Test
    @DisplayName("rules.md §5 case 11, the other way round: when the German amount is lower, Germany owes no supplement")
    void noSupplementWhenTheOtherAmountIsLower() {
        FamilyDecision d = decide("DE", right("FR", FamilyGround.ACTIVITY, "300.00", null),
                right("DE", FamilyGround.RESIDENCE, "255.00", null));
        assertThat(d.supplements().get(0).monthlyAmount()).isEqualByComparingTo("0.00");
        assertThat(d.supplements().get(0).monthlyAmount().scale()).isEqualTo(2);
        assertThat(d.totalMonthly()).isEqualByComparingTo("300.00");
    }

    @Test
    @DisplayName("CJEU C-363/08 Slanina (ruling 2, Reg. 1408/71 art. 76, now art. 68): the mother works in Greece where the child lives, the father in Austria; Greece first, Austria only the difference")
    void slaninaActivityInTheChildrensStateComesFirst() {
        FamilyDecision d = decide("GR", right("AT", FamilyGround.ACTIVITY, "180.00", null),
                right("GR", FamilyGround.ACTIVITY, "40.00", null));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("GR"));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("AT"), new BigDecimal("140.00"), false));
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("TIE_BREAK_ACTIVITY");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(1)(b)(i): both parents work outside the children's state: the highest amount comes first")
    void activityElsewhereTheHighestAmountComesFirst() {
        FamilyDecision d = decide("IT", right("DE", FamilyGround.ACTIVITY, "250.00", null),
                right("LU", FamilyGround.ACTIVITY, "310.50", null));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("LU"));
        assertThat(d.supplements().get(0).monthlyAmount()).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(1)(b)(ii): pensions from two states, none where the children live: the longest insurance comes first")
    void pensionsTheLongestInsuranceComesFirst() {
        FamilyDecision d = decide("ES", right("FR", FamilyGround.PENSION, "140.00", 120),
                right("BE", FamilyGround.PENSION, "200.00", 300));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("BE"));
        assertThat(d.totalMonthly()).isEqualByComparingTo("200.00");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(1)(b)(ii): a pension payable where the children live comes first")
    void pensionInTheChildrensStateComesFirst() {
        FamilyDecision d = decide("ES", right("FR", FamilyGround.PENSION, "140.00", 400),
                right("ES", FamilyGround.PENSION, "50.00", 12));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("ES"));
        assertThat(d.supplements().get(0).monthlyAmount()).isEqualByComparingTo("90.00");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(1)(a): a pension comes before residence")
    void pensionComesBeforeResidence() {
        FamilyDecision d = decide("SE", right("SE", FamilyGround.RESIDENCE, "130.00", null),
                right("FR", FamilyGround.PENSION, "100.00", 200));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("FR"));
        assertThat(d.supplements().get(0).monthlyAmount()).isEqualByComparingTo("30.00");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(2) last sentence: a right on residence only owes no supplement for children living in another state")
    void residenceOnlyRightOwesNoSupplementForChildrenElsewhere() {
        FamilyDecision d = decide("FR", right("FR", FamilyGround.ACTIVITY, "140.00", null),
                right("DK", FamilyGround.RESIDENCE, "260.00", null));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DK"), new BigDecimal("0.00"), true));
        assertThat(d.totalMonthly()).isEqualByComparingTo("140.00");
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("SUPPLEMENT_EXEMPTED_RESIDENCE_ONLY");
    }

    @Test
    @DisplayName("Art. 68(1)(b)(ii): pensions with unknown insurance periods leave the priority to an officer")
    void unresolvedTieNeedsAssessment() {
        FamilyDecision d = decide("ES", right("FR", FamilyGround.PENSION, "140.00", null),
                right("BE", FamilyGround.PENSION, "200.00", 300));
        assertThat(d.status()).isEqualTo(FamilyStatus.NEEDS_ASSESSMENT);
        assertThat(d.priorityState()).isNull();
    }

    @Test
    @DisplayName("A single state pays alone, with no supplement")
    void aSingleStatePaysAlone() {
        FamilyDecision d = decide("FR", right("FR", FamilyGround.RESIDENCE, "141.99", null));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("FR"));
        assertThat(d.supplements()).isEmpty();
        assertThat(d.totalMonthly()).isEqualByComparingTo("141.99");
    }

    @Test
    @DisplayName("Bad input lists every problem with its field path: negative amount, three decimals, negative period, same state twice")
    void badInputListsEveryProblem() {
        FamilyDecision d = ENGINE.decide(new FamilyCase(null, (PartnerCode) null, List.of(
                new FamilyEntitlement(PartnerCode.of("FR"), FamilyGround.ACTIVITY, new BigDecimal("-1.00"), -3),
                new FamilyEntitlement(PartnerCode.of("FR"), null, new BigDecimal("10.005"), null))));
        assertThat(d.status()).isEqualTo(FamilyStatus.INVALID);
        assertThat(d.problems()).extracting(FieldProblem::field).containsExactly("date", "children",
                "entitlements[0].monthlyAmount", "entitlements[0].periodMonths", "entitlements[1].state",
                "entitlements[1].ground", "entitlements[1].monthlyAmount");
        assertThat(d.problems()).extracting(FieldProblem::code).contains("NEGATIVE_AMOUNT", "AMOUNT_SCALE", "DUPLICATE_STATE");
    }
}

package org.liaison.coordination.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.benefits.FamilyBenefit;
import org.liaison.coordination.benefits.FamilyBenefitKind;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyComparison;
import org.liaison.coordination.benefits.FamilyComparisonLine;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.shared.PartnerCode;

/**
 * The differential supplement of Reg. 883/2004 art. 68(2) computed on benefits of the same kind and, where the
 * national laws grant them per child, child by child, checked to the cent against the German Familienkasse's own
 * computations as the Bundesfinanzhof reproduces and rules on them.
 */
class FamilyDifferentialSupplementTests {

    private static final FamilyEngine ENGINE = new FamilyEngine(RegistrySnapshot.fromClasspath());
    private static final FamilyBenefitKind CHILD = FamilyBenefitKind.CHILD_BENEFIT;

    static FamilyEntitlement perChild(String state, FamilyGround ground, FamilyBenefitKind kind, String... amounts) {
        List<FamilyBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            benefits.add(new FamilyBenefit(kind, i + 1, new BigDecimal(amounts[i])));
        }
        return new FamilyEntitlement(PartnerCode.of(state), ground, null, null, benefits);
    }

    static FamilyEntitlement byKind(String state, FamilyGround ground, FamilyBenefit... benefits) {
        return new FamilyEntitlement(PartnerCode.of(state), ground, null, null, List.of(benefits));
    }

    static FamilyDecision decide(String date, List<String> children, FamilyEntitlement... rights) {
        return ENGINE.decide(new FamilyCase(LocalDate.parse(date), children.stream().map(PartnerCode::of).toList(), List.of(rights)));
    }

    @Test
    @DisplayName("Bundesfinanzhof, 4 Feb. 2016, III R 9/15 (BFHE 253, 139), point 5: the Familienkasse's table, four children, Swiss allowances 206.78/206.78/165.43/165.43 € against Kindergeld 184/184/190/215 €: 74.14 € child by child (the Familienkasse's whole-family netting gave 28.58 €)")
    void bfhFourChildrenChildByChild() {
        List<String> children = List.of("DE", "DE", "DE", "DE");
        FamilyDecision d = decide("2013-01-01", children,
                perChild("CH", FamilyGround.ACTIVITY, CHILD, "206.78", "206.78", "165.43", "165.43"),
                perChild("DE", FamilyGround.RESIDENCE, CHILD, "184.00", "184.00", "190.00", "215.00"));
        assertThat(d.status()).isEqualTo(FamilyStatus.DECIDED);
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("CH"));
        assertThat(d.priorityAmount()).isEqualByComparingTo("744.42");
        assertThat(d.comparison()).isEqualTo(FamilyComparison.PER_CHILD);
        assertThat(d.comparisons()).extracting(FamilyComparisonLine::child, FamilyComparisonLine::supplement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple(2, new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple(3, new BigDecimal("24.57")),
                        org.assertj.core.groups.Tuple.tuple(4, new BigDecimal("49.57")));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DE"), new BigDecimal("74.14"), false));
        assertThat(d.totalMonthly()).isEqualByComparingTo("818.56");
        RequirementCheck basis = d.checks().stream().filter(c -> c.code().equals("COMPARISON_PER_CHILD")).findFirst().orElseThrow();
        assertThat(basis.reference().citation(Locale.ENGLISH)).contains("III R 9/15").contains("C-347/12");

        // The same family given as totals only (the first version of the API): whole-family comparison, the
        // Familienkasse's 28.58 € of point 5, which the court set aside.
        FamilyDecision totals = decide("2013-01-01", children,
                new FamilyEntitlement(PartnerCode.of("CH"), FamilyGround.ACTIVITY, new BigDecimal("744.42"), null),
                new FamilyEntitlement(PartnerCode.of("DE"), FamilyGround.RESIDENCE, new BigDecimal("773.00"), null));
        assertThat(totals.comparison()).isEqualTo(FamilyComparison.WHOLE_FAMILY);
        assertThat(totals.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DE"), new BigDecimal("28.58"), false));
    }

    @Test
    @DisplayName("Bundesfinanzhof, 13 Apr. 2016, III R 34/15, on FG Baden-Württemberg 26 Feb. 2015, 3 K 1747/13: three children, Swiss 578.99 € in all (206.78/206.78/165.43) against Kindergeld 558 € (184/184/190): nothing on totals as the Familienkasse held, 24.57 € a month for the youngest child by child")
    void bfhThreeChildrenYoungestGetsTheDifference() {
        List<String> children = List.of("DE", "DE", "DE");
        FamilyDecision d = decide("2013-01-01", children,
                perChild("CH", FamilyGround.ACTIVITY, CHILD, "206.78", "206.78", "165.43"),
                perChild("DE", FamilyGround.RESIDENCE, CHILD, "184.00", "184.00", "190.00"));
        assertThat(d.priorityAmount()).isEqualByComparingTo("578.99");
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DE"), new BigDecimal("24.57"), false));
        assertThat(d.comparisons()).filteredOn(l -> l.child() == 3).singleElement()
                .satisfies(l -> {
                    assertThat(l.ownAmount()).isEqualByComparingTo("190.00");
                    assertThat(l.amountBefore()).isEqualByComparingTo("165.43");
                });

        FamilyDecision totals = decide("2013-01-01", children,
                new FamilyEntitlement(PartnerCode.of("CH"), FamilyGround.ACTIVITY, new BigDecimal("578.99"), null),
                new FamilyEntitlement(PartnerCode.of("DE"), FamilyGround.RESIDENCE, new BigDecimal("558.00"), null));
        assertThat(totals.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DE"), new BigDecimal("0.00"), false));
    }

    @Test
    @DisplayName("CJEU 8 May 2014, C-347/12 Wiering, operative part: the German Elterngeld is compared with the Luxembourg child-raising allowance only, Kindergeld with the family allowances (amounts built)")
    void wieringComparesBenefitsOfTheSameKind() {
        FamilyDecision d = decide("2025-03-01", List.of("DE", "DE"),
                byKind("LU", FamilyGround.ACTIVITY, new FamilyBenefit(CHILD, null, new BigDecimal("530.00")),
                        new FamilyBenefit(FamilyBenefitKind.CHILD_RAISING, null, new BigDecimal("485.00"))),
                byKind("DE", FamilyGround.RESIDENCE, new FamilyBenefit(CHILD, null, new BigDecimal("510.00")),
                        new FamilyBenefit(FamilyBenefitKind.CHILD_RAISING, null, new BigDecimal("1200.00"))));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("LU"));
        assertThat(d.comparison()).isEqualTo(FamilyComparison.PER_KIND);
        // Kind by kind: nothing on Kindergeld (510 < 530), 715 on Elterngeld; totals would give 1710 − 1015 = 695.
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DE"), new BigDecimal("715.00"), false));
        assertThat(d.totalMonthly()).isEqualByComparingTo("1730.00");
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("COMPARISON_PER_KIND");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 68(2), last sentence, child by child: a right on residence alone owes the supplement only for the child living in that state (amounts built)")
    void residenceOnlyExceptionAppliedChildByChild() {
        FamilyDecision d = decide("2025-03-01", List.of("FR", "BE"),
                perChild("BE", FamilyGround.ACTIVITY, CHILD, "100.00", "100.00"),
                perChild("FR", FamilyGround.RESIDENCE, CHILD, "150.00", "150.00"));
        assertThat(d.status()).isEqualTo(FamilyStatus.DECIDED);
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("FR"), new BigDecimal("50.00"), false));
        assertThat(d.comparisons()).extracting(FamilyComparisonLine::exempted).containsExactly(false, true);
    }

    @Test
    @DisplayName("Amounts by kind are validated with their field paths: unknown child, kind twice, total not their sum")
    void benefitsAreValidated() {
        FamilyDecision d = ENGINE.decide(new FamilyCase(LocalDate.parse("2025-03-01"), List.of(PartnerCode.of("FR")), List.of(
                new FamilyEntitlement(PartnerCode.of("FR"), FamilyGround.ACTIVITY, new BigDecimal("10.00"), null, List.of(
                        new FamilyBenefit(CHILD, 1, new BigDecimal("5.00")), new FamilyBenefit(CHILD, 1, new BigDecimal("1.00")),
                        new FamilyBenefit(null, 2, new BigDecimal("1.001")))))));
        assertThat(d.status()).isEqualTo(FamilyStatus.INVALID);
        assertThat(d.problems()).extracting(p -> p.field() + ":" + p.code()).containsExactlyInAnyOrder(
                "entitlements[0].benefits[1].kind:DUPLICATE_BENEFIT", "entitlements[0].benefits[2].kind:REQUIRED",
                "entitlements[0].benefits[2].child:UNKNOWN_CHILD", "entitlements[0].benefits[2].monthlyAmount:AMOUNT_SCALE",
                "entitlements[0].monthlyAmount:AMOUNT_MISMATCH");
    }
}

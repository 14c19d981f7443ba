package org.liaison.coordination.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilySituation;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.shared.PartnerCode;

/**
 * The ground of each right classified from what the parent does (Administrative Commission Decision F1 of 12 June
 * 2009, OJ C 106, 24.4.2010, p. 11, point 1, https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32010D0424(04)).
 * The cases follow the Decision's text; the amounts are built (the Decision gives none).
 */
class FamilySituationTests {

    private static final FamilyEngine ENGINE = new FamilyEngine(RegistrySnapshot.fromClasspath());

    private static FamilyEntitlement in(String state, FamilySituation situation, String amount) {
        return new FamilyEntitlement(PartnerCode.of(state), null, new BigDecimal(amount), null, List.of(), situation);
    }

    private static FamilyDecision decide(String children, FamilyEntitlement... rights) {
        return ENGINE.decide(new FamilyCase(LocalDate.parse("2025-03-01"), PartnerCode.of(children), List.of(rights)));
    }

    @Test
    @DisplayName("Decision F1 point 1(b)(i): a mother on paid maternity leave in France keeps an activity-based right; France comes before Germany where the children only reside (amounts built)")
    void paidMaternityLeaveCountsAsActivity() {
        FamilyDecision d = decide("DE", in("FR", FamilySituation.SICKNESS_OR_MATERNITY_BENEFIT, "141.99"),
                in("DE", FamilySituation.RESIDENT, "510.00"));
        assertThat(d.status()).isEqualTo(FamilyStatus.DECIDED);
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("FR"));
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("DE"), new BigDecimal("368.01"), false));
        RequirementCheck f1 = d.checks().stream().filter(c -> c.code().equals("GROUND_FROM_SITUATION")
                && c.facts().get("state").equals("FR")).findFirst().orElseThrow();
        assertThat(f1.facts()).containsEntry("ground", "ACTIVITY");
        assertThat(f1.reference().citation(Locale.ENGLISH)).contains("Decision F1").contains("point 1");
    }

    @Test
    @DisplayName("Decision F1 point 1(b)(i): unemployment benefits paid by Belgium count as activity; with work in France where the children live, France first by art. 68(1)(b)(i) and Belgium tops up (amounts built)")
    void unemploymentBenefitsCountAsActivity() {
        FamilyDecision d = decide("FR", in("BE", FamilySituation.UNEMPLOYMENT_BENEFIT, "350.40"),
                in("FR", FamilySituation.WORKING, "141.99"));
        assertThat(d.priorityState()).isEqualTo(PartnerCode.of("FR"));
        assertThat(d.checks()).extracting(RequirementCheck::code).contains("TIE_BREAK_ACTIVITY");
        assertThat(d.supplements()).containsExactly(new FamilySupplement(PartnerCode.of("BE"), new BigDecimal("208.41"), false));
    }

    @Test
    @DisplayName("Decision F1 point 1(b)(iii): unpaid child-raising leave counts as activity only where the state's law treats it so; otherwise the right rests on residence")
    void unpaidChildRaisingLeaveDependsOnTheNationalLaw() {
        FamilyDecision treated = decide("DE", in("AT", FamilySituation.CHILD_RAISING_LEAVE_TREATED_AS_ACTIVITY, "200.00"),
                in("DE", FamilySituation.RESIDENT, "255.00"));
        assertThat(treated.priorityState()).isEqualTo(PartnerCode.of("AT"));
        FamilyDecision notTreated = decide("DE", in("AT", FamilySituation.CHILD_RAISING_LEAVE_NOT_TREATED_AS_ACTIVITY, "200.00"),
                in("DE", FamilySituation.RESIDENT, "255.00"));
        assertThat(notTreated.priorityState()).isEqualTo(PartnerCode.of("DE"));
    }

    @Test
    @DisplayName("A ground given with a situation that says otherwise is reported, not silently chosen between")
    void aGroundContradictingTheSituationIsAProblem() {
        FamilyDecision d = ENGINE.decide(new FamilyCase(LocalDate.parse("2025-03-01"), PartnerCode.of("FR"), List.of(
                new FamilyEntitlement(PartnerCode.of("FR"), FamilyGround.RESIDENCE, new BigDecimal("10.00"), null, List.of(),
                        FamilySituation.UNEMPLOYMENT_BENEFIT))));
        assertThat(d.status()).isEqualTo(FamilyStatus.INVALID);
        assertThat(d.problems()).extracting(p -> p.field() + ":" + p.code())
                .containsExactly("entitlements[0].ground:GROUND_CONTRADICTS_SITUATION");
    }
}

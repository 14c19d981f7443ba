package org.liaison.coordination.internal.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.shared.FieldProblem;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.care.HealthcareAssessment;
import org.liaison.coordination.care.HealthcareCareKind;
import org.liaison.coordination.care.HealthcareClaim;
import org.liaison.coordination.care.HealthcareRoute;
import org.liaison.coordination.care.HealthcareTariff;

class HealthcareEngineTests {

    private static final HealthcareEngine ENGINE = new HealthcareEngine(HealthcareTariffs.demo());
    private static final LocalDate DAY = LocalDate.parse("2026-03-10");

    private static HealthcareClaim planned(String where, boolean s2, int days, String invoice, String host) {
        return new HealthcareClaim("FR", "FR", where, true, HealthcareCareKind.HOSPITAL_STAY, s2, true, DAY,
                "HOSP_DEMO_A", days, new BigDecimal(invoice), host == null ? null : new BigDecimal(host));
    }

    @Test
    @DisplayName("CJEU C-368/98 Vanbraekel (figures from portal_translation_ncp.md §3): invoice 3000, host pays 2000, French cost 2600: complement 600")
    void vanbraekelComplement() {
        HealthcareAssessment a = ENGINE.assess(planned("BE", true, 1, "3000.00", "2000.00"));

        assertThat(a.route()).isEqualTo(HealthcareRoute.S2);
        assertThat(a.frenchCost()).isEqualByComparingTo("2600.00");
        assertThat(a.vanbraekelComplement()).isEqualByComparingTo("600.00");
        assertThat(a.regulationAmount()).isEqualByComparingTo("2600.00");
        assertThat(a.directiveAmount()).isEqualByComparingTo("2600.00");
        assertThat(a.preferred()).as("a tie goes to the regulation, Directive art. 8(3)").isEqualTo(HealthcareRoute.S2);
        assertThat(a.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(a.documents()).contains("S2", "INVOICES");
    }

    @Test
    @DisplayName("https://www.citizensinformation.ie/en/health/eu-healthcare/cross-border-directive/: the refund is the lesser of the cost abroad and the home cost (4000 vs 5200 → 4000; 6000 → 5200)")
    void directiveRefundIsTheLesserOfActualAndHomeCost() {
        assertThat(ENGINE.assess(planned("DE", false, 2, "4000.00", null)).directiveAmount()).isEqualByComparingTo("4000.00");
        assertThat(ENGINE.assess(planned("DE", false, 2, "6000.00", null)).directiveAmount()).isEqualByComparingTo("5200.00");
    }

    @Test
    @DisplayName("https://www.ameli.fr/assure/droits-demarches/europe-international/soins-programmes-etranger: a planned hospital stay needs prior authorisation; without S2 only the directive route is open")
    void aPlannedHospitalStayNeedsPriorAuthorisation() {
        HealthcareAssessment a = ENGINE.assess(planned("ES", false, 1, "3000.00", null));

        assertThat(a.priorAuthorisationNeeded()).isTrue();
        assertThat(a.route()).isNull();
        assertThat(a.regulationAmount()).isNull();
        assertThat(a.preferred()).isEqualTo(HealthcareRoute.DIRECTIVE);
        assertThat(a.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(a.documents()).contains("PRIOR_AUTHORISATION", "INVOICES", "PROOF_OF_PAYMENT", "FORM_S3125");
    }

    @Test
    @DisplayName("https://www.clcv-morbihan.fr/notre-conseil-du-mois/ (S3125, host or French tariffs at the insured’s choice) and https://www.cprpsncf.fr/vous-voyagez-a-l-etranger: unplanned care during a stay is covered with the EHIC at host tariffs, with no Vanbraekel complement (CJEU C-211/08)")
    void unplannedCareDuringAStayUsesTheEhic() {
        HealthcareAssessment a = ENGINE.assess(new HealthcareClaim("FR", "FR", "ES", false, HealthcareCareKind.AMBULATORY,
                false, true, LocalDate.parse("2024-06-01"), "G", 1, new BigDecimal("50.00"), new BigDecimal("40.00")));

        assertThat(a.route()).isEqualTo(HealthcareRoute.EHIC);
        assertThat(a.priorAuthorisationNeeded()).isFalse();
        assertThat(a.frenchCost()).as("demo tariff in force on that date: 26.50 × 70 % − 1.00").isEqualByComparingTo("17.55");
        assertThat(a.vanbraekelComplement()).isNull();
        assertThat(a.regulationAmount()).isEqualByComparingTo("40.00");
        assertThat(a.directiveAmount()).isEqualByComparingTo("17.55");
        assertThat(a.preferred()).isEqualTo(HealthcareRoute.EHIC);
        assertThat(a.documents()).contains("EHIC", "INVOICES", "PROOF_OF_PAYMENT", "PRESCRIPTION", "FORM_S3125");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 24–25 (rules.md §1.5): a French pensioner living in Spain registers with S1 and is treated there")
    void aPensionerResidingAbroadUsesTheS1() {
        HealthcareAssessment a = ENGINE.assess(new HealthcareClaim("FR", "ES", "ES", false, HealthcareCareKind.AMBULATORY,
                false, true, DAY, "G", 1, new BigDecimal("30.00"), new BigDecimal("30.00")));

        assertThat(a.route()).isEqualTo(HealthcareRoute.S1);
        assertThat(a.documents()).contains("S1_REGISTERED");
    }

    @Test
    @DisplayName("http://www.cleiss.fr/docs/directive.html: the directive does not cover Switzerland; outside the EU/EEA/CH neither route applies")
    void theDirectiveStopsAtTheEeaAndTheRegulationAtSwitzerland() {
        HealthcareAssessment swiss = ENGINE.assess(planned("CH", true, 1, "3000.00", "2000.00"));
        assertThat(swiss.directiveAmount()).isNull();
        assertThat(swiss.route()).isEqualTo(HealthcareRoute.S2);

        HealthcareAssessment us = ENGINE.assess(planned("US", false, 1, "3000.00", null));
        assertThat(us.route()).isNull();
        assertThat(us.directiveAmount()).isNull();
        assertThat(us.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
    }

    @Test
    void badInputIsListedWithFieldPaths() {
        HealthcareClaim bad = new HealthcareClaim("FR", "fr", "DE", true, null, false, true, DAY, "NOPE", 0,
                new BigDecimal("10.001"), new BigDecimal("-5"));

        assertThat(ENGINE.assess(bad).problems()).extracting(FieldProblem::field).containsExactly(
                "residenceState", "kind", "invoice", "hostStatutoryRefund", "quantity", "actCode");
    }

    @Test
    void everyTariffOfTheDemoFileIsLabelledDemoAndDated() {
        assertThat(HealthcareTariffs.demo().all()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.demo()).isTrue();
            assertThat(t.validFrom()).isNotNull();
            assertThat(t.source()).isNotBlank();
        });
    }

    @Test
    void theDirectiveNeverPaysAboveTheActualOrFrenchCostAndS2PaysTheBetterOfHostAndFrench() {
        Random random = new Random(4_2011_24L);
        for (int i = 0; i < 1000; i++) {
            BigDecimal invoice = BigDecimal.valueOf(random.nextInt(1_000_000), 2);
            BigDecimal host = BigDecimal.valueOf(random.nextInt(1_000_000), 2);
            HealthcareAssessment a = ENGINE.assess(planned("IT", true, 1 + random.nextInt(3), invoice.toPlainString(),
                    host.toPlainString()));

            assertThat(a.directiveAmount()).isLessThanOrEqualTo(invoice).isLessThanOrEqualTo(a.frenchCost());
            assertThat(a.regulationAmount()).isEqualByComparingTo(host.max(a.frenchCost().min(invoice)));
            assertThat(a.regulationAmount().scale()).isEqualTo(2);
            assertThat(a.vanbraekelComplement().signum()).isNotNegative();
        }
    }
}

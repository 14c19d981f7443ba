package org.liaison.coordination.internal.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.HealthcareAssessment;
import org.liaison.coordination.care.HealthcareCareKind;
import org.liaison.coordination.care.HealthcareClaim;
import org.liaison.coordination.care.HealthcareRoute;

/**
 * Worked examples from the CJEU's rulings on care abroad, replayed for a person insured in France. The rulings give
 * no euro figures: the amounts below follow their reasoning with the labelled demo tariffs of
 * {@code reference/healthcare/fr-tariffs-demo.csv} (dental 40.00 at 70 %, spectacles 60.00 at 60 %, planned stay
 * 2 600.00 a day at 100 %).
 */
class HealthcareOfficialExamplesTests {

    private static final HealthcareEngine ENGINE = new HealthcareEngine(HealthcareTariffs.demo());
    private static final LocalDate DAY = LocalDate.parse("2026-02-16");

    private static HealthcareClaim claim(String where, boolean planned, HealthcareCareKind kind, boolean s2, String act,
                                         int quantity, String invoice, String host) {
        return new HealthcareClaim("FR", "FR", where, planned, kind, s2, true, DAY, act, quantity,
                new BigDecimal(invoice), host == null ? null : new BigDecimal(host));
    }

    private static RequirementResult result(HealthcareAssessment a, String code) {
        return a.checks().stream().filter(c -> c.code().equals(code)).map(RequirementCheck::result).findFirst()
                .orElse(null);
    }

    @Test
    @DisplayName("CJEU C-158/96 Kohll (https://eur-lex.europa.eu/legal-content/AUTO/?qid=1725707944472&rid=1&uri=CELEX%3A61996CJ0158): dental care abroad needs no prior authorisation and is reimbursed at the tariffs of the state of insurance")
    void dentalCareAbroadNeedsNoAuthorisationAndIsPaidAtFrenchTariffs() {
        HealthcareAssessment a = ENGINE.assess(claim("DE", true, HealthcareCareKind.AMBULATORY, false, "DENT_DEMO", 2,
                "150.00", null));

        assertThat(a.priorAuthorisationNeeded()).isFalse();
        assertThat(a.frenchCost()).as("2 × 40.00 × 70 %").isEqualByComparingTo("56.00");
        assertThat(a.directiveAmount()).isEqualByComparingTo("56.00");
        assertThat(a.preferred()).isEqualTo(HealthcareRoute.DIRECTIVE);
        assertThat(a.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(a.documents()).doesNotContain("PRIOR_AUTHORISATION", "S2");
    }

    @Test
    @DisplayName("CJEU C-120/95 Decker (https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A61995CJ0120): spectacles bought in Belgium on a prescription are reimbursed at the flat rate of the state of insurance without prior authorisation")
    void spectaclesBoughtAbroadArePaidAtTheFrenchRateWithoutAuthorisation() {
        HealthcareAssessment a = ENGINE.assess(claim("BE", true, HealthcareCareKind.AMBULATORY, false, "OPTIC_DEMO", 1,
                "250.00", null));

        assertThat(a.priorAuthorisationNeeded()).isFalse();
        assertThat(a.directiveAmount()).as("60.00 × 60 %, far below the price paid").isEqualByComparingTo("36.00");
        assertThat(a.tariff().demo()).isTrue();
        assertThat(a.documents()).contains("INVOICES", "PROOF_OF_PAYMENT", "FORM_S3125");
    }

    @Test
    @DisplayName("CJEU C-173/09 Elchinov (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62009CA0173): hospital treatment abroad needs prior authorisation; without it an officer assesses the refusal, with it the regulation pays and the state of insurance adds the complement")
    void hospitalTreatmentAbroadNeedsAuthorisationAndThenPaysTheComplement() {
        HealthcareAssessment refused = ENGINE.assess(claim("AT", true, HealthcareCareKind.HOSPITAL_STAY, false,
                "HOSP_DEMO_A", 1, "2000.00", null));
        assertThat(refused.priorAuthorisationNeeded()).isTrue();
        assertThat(result(refused, "DIRECTIVE_AUTHORISATION")).isEqualTo(RequirementResult.NEEDS_ASSESSMENT);
        assertThat(refused.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
        assertThat(refused.documents()).contains("PRIOR_AUTHORISATION");

        HealthcareAssessment granted = ENGINE.assess(claim("AT", true, HealthcareCareKind.HOSPITAL_STAY, true,
                "HOSP_DEMO_A", 1, "2000.00", "1500.00"));
        assertThat(granted.route()).isEqualTo(HealthcareRoute.S2);
        assertThat(granted.vanbraekelComplement()).as("min(2600, 2000) − 1500").isEqualByComparingTo("500.00");
        assertThat(granted.regulationAmount()).isEqualByComparingTo("2000.00");
        assertThat(granted.preferred()).as("a tie goes to the regulation").isEqualTo(HealthcareRoute.S2);
    }

    @Test
    @DisplayName("CJEU C-372/04 Watts (http://www.bailii.org/cgi-bin/markup.cgi?doc=/eu/cases/EUECJ/2006/C37204.html): a planned hip operation abroad is hospital care under prior authorisation; with the S2 the host state's full cover is more favourable than the home cost")
    void aPlannedOperationWithS2IsMoreFavourableWhenTheHostStatePaysMore() {
        HealthcareAssessment a = ENGINE.assess(claim("DE", true, HealthcareCareKind.HOSPITAL_STAY, true, "HOSP_DEMO_A",
                1, "3000.00", "3000.00"));

        assertThat(a.priorAuthorisationNeeded()).isTrue();
        assertThat(a.vanbraekelComplement()).isEqualByComparingTo("0.00");
        assertThat(a.regulationAmount()).isEqualByComparingTo("3000.00");
        assertThat(a.directiveAmount()).as("capped at the French cost").isEqualByComparingTo("2600.00");
        assertThat(a.preferred()).isEqualTo(HealthcareRoute.S2);
        assertThat(a.status()).isEqualTo(DecisionStatus.DECIDED);
    }

    @Test
    @DisplayName("CJEU C-211/08 Commission v Spain (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62008CJ0211): unscheduled hospital care during a stay gets no complement from the state of insurance when the host state's cover is lower")
    void unscheduledHospitalCareGetsNoComplement() {
        HealthcareAssessment a = ENGINE.assess(claim("PT", false, HealthcareCareKind.HOSPITAL_STAY, false,
                "HOSP_DEMO_A", 1, "1000.00", "800.00"));

        assertThat(a.route()).isEqualTo(HealthcareRoute.EHIC);
        assertThat(a.priorAuthorisationNeeded()).isFalse();
        assertThat(a.vanbraekelComplement()).isNull();
        assertThat(a.regulationAmount()).isEqualByComparingTo("800.00");
        assertThat(result(a, "NO_COMPLEMENT_FOR_UNPLANNED_CARE")).isEqualTo(RequirementResult.MET);
    }
}

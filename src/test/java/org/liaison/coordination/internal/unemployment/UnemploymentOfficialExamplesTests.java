package org.liaison.coordination.internal.unemployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.care.UnemploymentAssessment;
import org.liaison.coordination.care.UnemploymentChoice;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.care.UnemploymentExportRequest;
import org.liaison.coordination.care.UnemploymentKind;
import org.liaison.coordination.care.UnemploymentPeriod;

/** Worked examples from official sources, answered with the registry's instruments and export facts. */
class UnemploymentOfficialExamplesTests {

    private static final UnemploymentEngine ENGINE = new UnemploymentEngine(RegistrySnapshot.fromClasspath());
    private static final String UNEDIC = "https://unedic.org/l-assurance-chomage-et-vous/demandeur-d-emploi-ou-salarie/mes-droits-en-fonction-de-mon-parcours/si-je-pars-a-l-etranger-pour-chercher-un-nouvel-emploi-est-ce-que-je-continuerai-a-percevoir-les-allocations-chomage";
    private static final String CLEISS_FAQ = "https://www.cleiss.fr/faq/chomage.html";
    private static final String JELTES = "http://www.tress-network.org/TRESS/SOCIAL/NEWSLETTERS/june13/tress_2_P3.htm";
    private static final String MIETHE = "https://inenuitvoer.sdu.nl/content/CELEX-62011CC0443-ENG";

    private static UnemploymentPeriod period(String state, String from, String to) {
        return new UnemploymentPeriod(state, LocalDate.parse(from), LocalDate.parse(to));
    }

    private static UnemploymentExportRequest export(String to, String registered, String departure, boolean extend) {
        LocalDate leaving = LocalDate.parse(departure);
        return new UnemploymentExportRequest(LocalDate.parse(registered), leaving, leaving.plusDays(3), to, extend);
    }

    private static UnemploymentAssessment unemployedIn(String state, String from, UnemploymentExportRequest export,
                                                       UnemploymentPeriod... periods) {
        return ENGINE.assess(new UnemploymentClaim(state, state, false, UnemploymentKind.WHOLLY, null,
                LocalDate.parse(from), List.of(periods), export, null, null));
    }

    private static List<String> codes(UnemploymentAssessment a) {
        return a.checks().stream().map(RequirementCheck::code).toList();
    }

    @Test
    @DisplayName(UNEDIC + ": a jobseeker paid in France who registered 4 weeks keeps the allowance 3 months in Spain (registry: eu-reg-883-2004, 3 months, up to 6)")
    void aJobseekerPaidInFranceKeepsTheAllowanceThreeMonthsInSpain() {
        UnemploymentAssessment a = unemployedIn("FR", "2026-01-05", export("ES", "2026-01-05", "2026-02-16", false),
                period("FR", "2023-01-01", "2026-01-04"));

        assertThat(a.export().months()).isEqualTo(3);
        assertThat(a.export().until()).isEqualTo("2026-05-15");
        assertThat(a.export().maxMonths()).isEqualTo(6);
        assertThat(a.export().registerBy()).as("7 days after leaving").isEqualTo("2026-02-23");
        assertThat(a.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(a.missingFacts()).isEmpty();
    }

    @Test
    @DisplayName(UNEDIC + ": the allowance is exported only to the EU, the EEA or Switzerland: not to the United States (registry: fr-us-1987)")
    void theAllowanceIsNotExportedToTheUnitedStates() {
        UnemploymentAssessment a = unemployedIn("FR", "2026-01-05", export("US", "2026-01-05", "2026-02-16", false),
                period("FR", "2023-01-01", "2026-01-04"));

        assertThat(a.export()).isNull();
        assertThat(codes(a)).contains("EXPORT_NOT_COORDINATED");
    }

    @Test
    @DisplayName(CLEISS_FAQ + ": bilateral conventions do not provide for the export of unemployment benefits (Morocco, registry: fr-ma-2007)")
    void conventionsDoNotExportUnemploymentBenefits() {
        UnemploymentAssessment a = unemployedIn("FR", "2026-01-05", export("MA", "2026-01-05", "2026-02-16", false),
                period("FR", "2023-01-01", "2026-01-04"));

        assertThat(a.export()).isNull();
        assertThat(a.checks()).filteredOn(c -> c.code().equals("EXPORT_NOT_COORDINATED"))
                .extracting(c -> c.reference().citation(Locale.ENGLISH)).isNotEmpty().doesNotContain("Reg. (EC) 883/2004, Art. 64(1)(c)");
    }

    @Test
    @DisplayName(CLEISS_FAQ + ": benefits of another EU state are transferable to France for 3 months, up to 6 depending on the state; periods there count only under the regulation")
    void benefitsFromGermanyAreTransferableToFranceThreeMonthsUpToSix() {
        UnemploymentAssessment a = unemployedIn("DE", "2026-01-05", export("FR", "2026-01-05", "2026-03-02", true),
                period("DE", "2024-01-01", "2026-01-04"), period("US", "2020-01-01", "2023-12-31"));

        assertThat(a.payingState()).isEqualTo("DE");
        assertThat(a.export().until()).isEqualTo("2026-06-01");
        assertThat(a.export().latestExtendedUntil()).isEqualTo("2026-09-01");
        assertThat(codes(a)).contains("EXPORT_EXTENSION_REQUESTED", "PERIODS_NOT_COORDINATED");
        assertThat(a.status()).as("the institution decides on the extension").isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
    }

    @Test
    @DisplayName("CJEU C-443/11 Jeltes (" + JELTES + "): under Reg. 883/2004 a wholly unemployed frontier worker living in Belgium and working in the Netherlands is paid by Belgium, even if he would rather claim in the Netherlands")
    void aFrontierWorkerIsPaidByTheResidenceStateWithoutChoice() {
        UnemploymentAssessment a = ENGINE.assess(new UnemploymentClaim("BE", "NL", true, UnemploymentKind.WHOLLY,
                UnemploymentChoice.LAST_ACTIVITY_STATE, LocalDate.parse("2012-03-01"),
                List.of(period("NL", "2009-01-01", "2012-02-29")), null, new BigDecimal("1400.00"),
                new BigDecimal("1600.00")));

        assertThat(a.payingState()).isEqualTo("BE");
        assertThat(a.provision()).isEqualTo("EU_883_ART65_5_A");
        assertThat(a.instrument()).isEqualTo("eu-reg-883-2004");
        assertThat(a.reimbursement().months()).as("36 months in NL in the last 24").isEqualTo(5);
        assertThat(a.reimbursement().amount()).isEqualByComparingTo("7000.00");
    }

    @Test
    @DisplayName("CJEU 1/85 Miethe as summarised in the Jeltes opinion (" + MIETHE + "): under Reg. 1408/71 art. 71 a wholly unemployed frontier worker is paid by the state of residence; the export then lasts 3 months with no extension")
    void underRegulation1408AFrontierWorkerIsPaidByTheResidenceState() {
        UnemploymentAssessment a = ENGINE.assess(new UnemploymentClaim("BE", "DE", true, UnemploymentKind.WHOLLY, null,
                LocalDate.parse("2005-03-01"), List.of(period("DE", "2001-01-01", "2005-02-28")),
                export("FR", "2005-03-01", "2005-04-04", true), null, null));

        assertThat(a.payingState()).isEqualTo("BE");
        assertThat(a.provision()).isEqualTo("EU_1408_ART71_1_A_II");
        assertThat(a.instrument()).isEqualTo("eu-reg-1408-71");
        assertThat(a.export().months()).isEqualTo(3);
        assertThat(a.export().maxMonths()).isEqualTo(3);
        assertThat(codes(a)).contains("EXPORT_NO_EXTENSION", "REIMBURSEMENT_NOT_MODELLED_1408");
    }

    @Test
    void anExportToTheUnitedKingdomNamesTheRegistryFactItLacks() {
        UnemploymentAssessment a = unemployedIn("FR", "2026-01-05", export("GB", "2026-01-05", "2026-02-16", false),
                period("FR", "2023-01-01", "2026-01-04"));

        assertThat(a.missingFacts()).containsExactly("unemployment_export_months (uk-tca-ssc-protocol)");
        assertThat(a.status()).isEqualTo(DecisionStatus.NEEDS_INFORMATION);
        assertThat(a.export().until()).isNull();
    }

    @Test
    void aConventionThatExcludesUnemploymentDesignatesNoPayingState() {
        UnemploymentAssessment a = ENGINE.assess(new UnemploymentClaim("FR", "CA", true, UnemploymentKind.WHOLLY, null,
                LocalDate.parse("2026-01-05"), List.of(period("CA", "2020-01-01", "2026-01-04")), null, null, null));

        assertThat(a.payingState()).isNull();
        assertThat(a.provision()).isEqualTo("NATIONAL_LAW");
        assertThat(a.instrument()).isEqualTo("fr-ca-2013");
        assertThat(codes(a)).containsExactly("CONVENTION_EXCLUDES_UNEMPLOYMENT");
    }

    @Test
    void twoNonEuStatesAreLeftToAnOfficerSinceTheRegistryRecordsOnlyFrancesInstruments() {
        UnemploymentAssessment a = ENGINE.assess(new UnemploymentClaim("NO", "CH", true, UnemploymentKind.WHOLLY, null,
                LocalDate.parse("2026-01-05"), List.of(period("CH", "2020-01-01", "2026-01-04")), null, null, null));

        assertThat(a.payingState()).isNull();
        assertThat(codes(a)).containsExactly("INSTRUMENT_NOT_RECORDED");
        assertThat(a.status()).isEqualTo(DecisionStatus.NEEDS_ASSESSMENT);
    }
}

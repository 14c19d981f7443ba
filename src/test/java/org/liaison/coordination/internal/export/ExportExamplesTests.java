package org.liaison.coordination.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.benefits.ExportBenefit;
import org.liaison.coordination.benefits.ExportDecision;
import org.liaison.coordination.benefits.ExportQuestion;
import org.liaison.coordination.benefits.ExportStatus;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/** Worked examples of the export engine, built on the real agreements registry data, each citing its source. */
class ExportExamplesTests {

    private static final ExportEngine ENGINE = new ExportEngine(RegistrySnapshot.fromClasspath());
    private static final LocalDate DATE = LocalDate.parse("2025-03-01");

    private static ExportDecision ask(ExportBenefit benefit, String residence, String date, @Nullable Boolean u2) {
        return ENGINE.decide(new ExportQuestion(benefit, PartnerCode.of(residence), LocalDate.parse(date), u2));
    }

    private static ExportDecision ask(ExportBenefit benefit, String residence) {
        return ask(benefit, residence, DATE.toString(), null);
    }

    @Test
    @DisplayName("rules.md §1.2 (Reg. 883/2004 art. 70 + Annex X): ASPA, ASI and AAH are not exported to a Member State")
    void specialNonContributoryBenefitsAreNotExportedInTheUnion() {
        for (ExportBenefit b : new ExportBenefit[] {ExportBenefit.ASPA, ExportBenefit.ASI, ExportBenefit.AAH}) {
            ExportDecision d = ask(b, "ES");
            assertThat(d.status()).as("%s", b).isEqualTo(ExportStatus.NOT_EXPORTABLE);
            assertThat(d.provision().code()).isEqualTo("EU_883_ART70_ANNEX_X");
            assertThat(d.provision().reference().citation(Locale.ENGLISH)).contains("Art. 70").contains("Annex X");
        }
    }

    @Test
    @DisplayName("Ministry (securite-sociale.fr): the minimum old-age allowance cannot be paid outside France, even under a convention")
    void aspaIsNotExportedUnderAConvention() {
        ExportDecision d = ask(ExportBenefit.ASPA, "US");
        assertThat(d.status()).isEqualTo(ExportStatus.NOT_EXPORTABLE);
        assertThat(d.instrumentId()).isEqualTo("fr-us-1987");
        assertThat(d.checks()).extracting(RequirementCheck::code).containsExactly("SPECIAL_NON_CONTRIBUTORY_NOT_EXPORTED");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 7: an old-age, survivors' or invalidity pension and a work-accident annuity are paid to a resident of Germany")
    void pensionsAreExportedUnderArticleSeven() {
        for (ExportBenefit b : new ExportBenefit[] {ExportBenefit.OLD_AGE_PENSION, ExportBenefit.SURVIVORS_PENSION,
                ExportBenefit.INVALIDITY_PENSION, ExportBenefit.WORK_ACCIDENT_ANNUITY}) {
            ExportDecision d = ask(b, "DE");
            assertThat(d.status()).as("%s", b).isEqualTo(ExportStatus.EXPORTABLE);
            assertThat(d.provision().code()).isEqualTo("EU_883_ART7");
            assertThat(d.instrumentId()).isEqualTo("eu-reg-883-2004");
        }
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 67 (rules.md §1.3): family allowances for a family residing in Belgium")
    void familyAllowancesFollowTheFamilyInTheUnion() {
        ExportDecision d = ask(ExportBenefit.FAMILY_ALLOWANCES, "BE");
        assertThat(d.status()).isEqualTo(ExportStatus.EXPORTABLE);
        assertThat(d.provision().code()).isEqualTo("EU_883_ART67");
    }

    @Test
    @DisplayName("rules.md §5 case 12: unemployed in France moving to Spain with a PD U2, export for 3 months extendable to 6 (art. 64)")
    void unemploymentIsExportedWithAPortableDocumentU2() {
        ExportDecision d = ask(ExportBenefit.UNEMPLOYMENT_BENEFIT, "ES", "2025-03-01", true);
        assertThat(d.status()).isEqualTo(ExportStatus.EXPORTABLE);
        assertThat(d.provision().code()).isEqualTo("EU_883_ART64");
        assertThat(d.exportMonths()).isEqualTo(3);
        assertThat(d.maxExportMonths()).isEqualTo(6);
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 64(1): without a PD U2 there is no export, and an unknown U2 is asked for")
    void unemploymentWithoutU2IsNotExported() {
        assertThat(ask(ExportBenefit.UNEMPLOYMENT_BENEFIT, "ES", "2025-03-01", false).status()).isEqualTo(ExportStatus.NOT_EXPORTABLE);
        ExportDecision unknown = ask(ExportBenefit.UNEMPLOYMENT_BENEFIT, "ES", "2025-03-01", null);
        assertThat(unknown.status()).isEqualTo(ExportStatus.NEEDS_INFORMATION);
        assertThat(unknown.exportMonths()).isNull();
    }

    @Test
    @DisplayName("rules.md §3 (ministry): conventions never cover unemployment, so French law alone keeps it in France "
            + "(Andorra, whose branches are verified: convention of 12 Dec. 2000, art. 30)")
    void unemploymentIsNotExportedUnderAConvention() {
        ExportDecision d = ask(ExportBenefit.UNEMPLOYMENT_BENEFIT, "AD", "2025-03-01", true);
        assertThat(d.status()).isEqualTo(ExportStatus.NOT_EXPORTABLE);
        assertThat(d.provision().code()).isEqualTo("FR_LAW_UNEMPLOYMENT_BENEFIT");
        assertThat(d.checks()).extracting(RequirementCheck::code)
                .containsExactly("BRANCH_COVERED_BY_INSTRUMENT", "FRENCH_LAW_PAYMENT_ABROAD");
        // Morocco's branches went back to "to check" in issue #12's review (no article read): the engine does not
        // rely on an unverified fact, an officer assesses
        assertThat(ask(ExportBenefit.UNEMPLOYMENT_BENEFIT, "MA", "2025-03-01", true).status())
                .isEqualTo(ExportStatus.NEEDS_ASSESSMENT);
    }

    @Test
    @DisplayName("Registry (fr-us-1987, pensions only, verified) and Senate answer 14/00356 (CSS L512-1): family allowances stay in France for a family in the USA")
    void familyAllowancesAreNotExportedToTheUnitedStates() {
        ExportDecision d = ask(ExportBenefit.FAMILY_ALLOWANCES, "US");
        assertThat(d.status()).isEqualTo(ExportStatus.NOT_EXPORTABLE);
        assertThat(d.instrumentId()).isEqualTo("fr-us-1987");
        assertThat(d.provision().reference().citation(Locale.FRENCH)).contains("L512-1");
    }

    @Test
    @DisplayName("Registry (fr-us-1987 covers old age): a French old-age pension is paid in the USA under the convention")
    void oldAgePensionIsPaidUnderTheUsConvention() {
        ExportDecision d = ask(ExportBenefit.OLD_AGE_PENSION, "US");
        assertThat(d.status()).isEqualTo(ExportStatus.EXPORTABLE);
        assertThat(d.provision().code()).isEqualTo("INSTRUMENT_FR_US_1987");
    }

    @Test
    @DisplayName("Registry (fr-dz-1980, branches unknown): an invalidity pension to Algeria needs an officer's assessment")
    void unknownBranchesNeedAssessment() {
        ExportDecision d = ask(ExportBenefit.INVALIDITY_PENSION, "DZ");
        assertThat(d.status()).isEqualTo(ExportStatus.NEEDS_ASSESSMENT);
        assertThat(d.checks()).extracting(RequirementCheck::code).containsExactly("BRANCH_COVERED_BY_INSTRUMENT");
    }

    @Test
    @DisplayName("Registry (fr-jp-2005 in force 2007-06-01): before the agreement, French law alone pays the old-age pension in Japan")
    void beforeAnyInstrumentFrenchLawAloneDecides() {
        ExportDecision d = ask(ExportBenefit.OLD_AGE_PENSION, "JP", "2006-01-01", null);
        assertThat(d.instrumentId()).isNull();
        assertThat(d.status()).isEqualTo(ExportStatus.EXPORTABLE);
        assertThat(d.provision().code()).isEqualTo("FR_LAW_OLD_AGE_PENSION");
        assertThat(ask(ExportBenefit.FAMILY_ALLOWANCES, "JP", "2006-01-01", null).status()).isEqualTo(ExportStatus.NOT_EXPORTABLE);
    }

    @Test
    @DisplayName("A person residing in France needs no export")
    void residentsOfFranceNeedNoExport() {
        assertThat(ask(ExportBenefit.AAH, "FR").status()).isEqualTo(ExportStatus.NO_EXPORT_NEEDED);
    }

    @Test
    @DisplayName("An incomplete question lists every missing field, with no exception")
    void incompleteQuestionsListEveryProblem() {
        ExportDecision d = ENGINE.decide(new ExportQuestion(null, null, null, null));
        assertThat(d.status()).isEqualTo(ExportStatus.INVALID);
        assertThat(d.problems()).extracting(FieldProblem::field).containsExactly("benefit", "residenceState", "date");
        assertThat(d.problems().get(0).message().in(Locale.ENGLISH)).isEqualTo("This field is required.");
    }

    @Test
    @DisplayName("Registry (Reg. 1408/71 until 2010-04-30): in 2005 a pension to Spain rests on art. 10 and unemployment on art. 69, three months only")
    void beforeMay2010TheOldRegulationIsCited() {
        ExportDecision pension = ask(ExportBenefit.OLD_AGE_PENSION, "ES", "2005-06-01", null);
        assertThat(pension.instrumentId()).isEqualTo("eu-reg-1408-71");
        assertThat(pension.provision().reference().citation(Locale.ENGLISH)).isEqualTo("Reg. (EEC) 1408/71, Art. 10(1)");
        ExportDecision unemployment = ask(ExportBenefit.UNEMPLOYMENT_BENEFIT, "ES", "2005-06-01", true);
        assertThat(unemployment.provision().code()).isEqualTo("EU_1408_ART69");
        assertThat(unemployment.maxExportMonths()).isEqualTo(3);
        assertThat(ask(ExportBenefit.AAH, "ES", "2005-06-01", null).provision().code()).isEqualTo("EU_1408_ART10A_ANNEX_IIA");
    }

    @Test
    @DisplayName("rules.md §2 and https://caf.fr/nous-connaitre/brexit (the TCA protocol covers old age, not family benefits): a pension to the UK in 2025 is paid, family allowances are not")
    void unitedKingdomAfterTheTradeAndCooperationAgreement() {
        ExportDecision pension = ask(ExportBenefit.OLD_AGE_PENSION, "GB");
        assertThat(pension.instrumentId()).isEqualTo("uk-tca-ssc-protocol");
        assertThat(pension.status()).isEqualTo(ExportStatus.EXPORTABLE);
        ExportDecision family = ask(ExportBenefit.FAMILY_ALLOWANCES, "GB");
        assertThat(family.status()).isEqualTo(ExportStatus.NOT_EXPORTABLE);
        assertThat(family.provision().code()).isEqualTo("FR_LAW_FAMILY_ALLOWANCES");
        assertThat(ask(ExportBenefit.ASPA, "GB").status()).isEqualTo(ExportStatus.NOT_EXPORTABLE);
    }

    @Test
    @DisplayName("Every answer for every benefit and partner explains itself in both languages with a legal reference")
    void everyAnswerIsExplained() {
        var registry = RegistrySnapshot.fromClasspath();
        for (var partner : registry.partners()) {
            for (ExportBenefit b : ExportBenefit.values()) {
                ExportDecision d = ENGINE.decide(new ExportQuestion(b, partner.code(), DATE, true));
                assertThat(d.status()).isNotEqualTo(ExportStatus.INVALID);
                assertThat(d.checks()).isNotEmpty().allSatisfy(c -> {
                    assertThat(c.explanation().in(java.util.Locale.FRENCH)).isNotBlank();
                    assertThat(c.explanation().in(java.util.Locale.ENGLISH)).isNotBlank();
                    assertThat(c.reference().citation().blank()).isFalse();
                });
            }
        }
    }
}

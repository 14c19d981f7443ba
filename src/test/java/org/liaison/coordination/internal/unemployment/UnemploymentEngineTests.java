package org.liaison.coordination.internal.unemployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
import org.liaison.shared.FieldProblem;

class UnemploymentEngineTests {

    private static final UnemploymentEngine ENGINE = new UnemploymentEngine(RegistrySnapshot.fromClasspath());
    private static final String FRANCE_TRAVAIL = "https://francetravail.fr/candidat/mes-droits-aux-aides-et-allocati/lallocation-chomage-a-letranger/je-suis-travailleur-frontalier-a.html";
    private static final String SWISS_FDFA = "https://www.eda.admin.ch/dam/dea/fr/documents/fs/04-FS-Personenfreizuegigkeit_fr.pdf";
    private static final String YOUR_EUROPE = "https://europa.eu/youreurope/citizens/work/unemployment-and-benefits/transferring-unemployment-benefits/index_en.htm";
    private static final String KOKO = "https://kokokassa.fi/?p=1663";
    
    private static UnemploymentPeriod period(String state, String from, String to) {
        return new UnemploymentPeriod(state, LocalDate.parse(from), LocalDate.parse(to));
    }

    private static UnemploymentClaim claim(String residence, String last, boolean frontier, UnemploymentKind kind,
                                           UnemploymentChoice choice, UnemploymentExportRequest export,
                                           UnemploymentPeriod... periods) {
        return new UnemploymentClaim(residence, last, frontier, kind, choice, LocalDate.parse("2026-01-01"),
                List.of(periods), export, new BigDecimal("1500.00"), new BigDecimal("1200.00"));
    }

    private static List<String> codes(UnemploymentAssessment a) {
        return a.checks().stream().map(RequirementCheck::code).toList();
    }

    @Test
    @DisplayName("rules.md §5 case 12 and " + YOUR_EUROPE + ": unemployed in France going to Spain exports 3 months, extendable to 6, with U2; register within 7 days")
    void anUnemployedPersonInFranceExportsToSpain() {
        UnemploymentExportRequest export = new UnemploymentExportRequest(LocalDate.parse("2026-01-05"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-06"), "ES", false);
        UnemploymentAssessment a = ENGINE.assess(claim("FR", "FR", false, UnemploymentKind.WHOLLY, null, export,
                period("FR", "2022-01-01", "2025-12-31")));

        assertThat(a.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(a.payingState()).isEqualTo("FR");
        assertThat(a.export().destinationState()).isEqualTo("ES");
        assertThat(a.export().until()).isEqualTo("2026-06-01");
        assertThat(a.export().latestExtendedUntil()).isEqualTo("2026-09-01");
        assertThat(a.export().registerBy()).isEqualTo("2026-03-09");
        assertThat(codes(a)).contains("REGISTERED_FOUR_WEEKS", "REGISTERED_IN_NEW_STATE_IN_TIME", "EXPORT_PERIOD", "EXPORT_EXTENSION_POSSIBLE");
        assertThat(a.reimbursement()).isNull();
    }

    @Test
    @DisplayName(YOUR_EUROPE + ": registered less than 4 weeks before leaving, the export needs the institution’s leave")
    void leavingBeforeFourWeeksNeedsTheInstitutionsAgreement() {
        UnemploymentExportRequest export = new UnemploymentExportRequest(LocalDate.parse("2026-01-05"),
                LocalDate.parse("2026-01-20"), null, "DE", true);
        UnemploymentAssessment a = ENGINE.assess(claim("FR", "FR", false, UnemploymentKind.WHOLLY, null, export,
                period("FR", "2024-01-01", "2025-12-31")));

        assertThat(a.status()).isEqualTo(DecisionStatus.NEEDS_INFORMATION);
        assertThat(a.checks()).extracting(RequirementCheck::code, c -> c.result().name()).contains(
                org.assertj.core.groups.Tuple.tuple("REGISTERED_FOUR_WEEKS", "NEEDS_ASSESSMENT"),
                org.assertj.core.groups.Tuple.tuple("REGISTERED_IN_NEW_STATE_IN_TIME", "NEEDS_INFORMATION"),
                org.assertj.core.groups.Tuple.tuple("EXPORT_EXTENSION_REQUESTED", "NEEDS_ASSESSMENT"));
    }

    @Test
    @DisplayName(FRANCE_TRAVAIL + " and " + SWISS_FDFA + ": a wholly unemployed frontier worker living in France and working in Luxembourg is paid by France, which counts the Luxembourg periods; the state of work reimburses 3 to 5 months (here 5)")
    void aWhollyUnemployedFrontierWorkerIsPaidByTheResidenceState() {
        UnemploymentAssessment a = ENGINE.assess(claim("FR", "LU", true, UnemploymentKind.WHOLLY, null, null,
                period("FR", "2020-01-01", "2023-12-31"), period("LU", "2024-01-01", "2025-12-31")));

        assertThat(a.payingState()).isEqualTo("FR");
        assertThat(a.provision()).isEqualTo("EU_883_ART65_5_A");
        assertThat(a.aggregatedDays()).isEqualTo(2192);
        assertThat(a.reimbursement().debtorState()).isEqualTo("LU");
        assertThat(a.reimbursement().months()).isEqualTo(5);
        assertThat(a.reimbursement().amount()).isEqualByComparingTo("6000.00");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 65(6): fewer than 12 months of work in the last 24 in the last state: 3 months reimbursed, capped at that state’s amount")
    void aShortLastActivityGivesThreeMonths() {
        UnemploymentAssessment a = ENGINE.assess(claim("BE", "FR", true, UnemploymentKind.WHOLLY, null, null,
                period("BE", "2015-01-01", "2025-05-31"), period("FR", "2025-06-01", "2025-12-31")));

        assertThat(a.payingState()).isEqualTo("BE");
        assertThat(a.reimbursement().months()).isEqualTo(3);
        assertThat(a.reimbursement().amount()).isEqualByComparingTo("3600.00");
        assertThat(a.reimbursement().amount().scale()).isEqualTo(2);
    }

    @Test
    @DisplayName(KOKO + ": a partially unemployed frontier worker is paid by the state where they work")
    void aPartiallyUnemployedFrontierWorkerIsPaidByTheStateOfWork() {
        UnemploymentAssessment a = ENGINE.assess(claim("FR", "DE", true, UnemploymentKind.PARTIALLY_OR_INTERMITTENTLY,
                null, null, period("DE", "2023-01-01", "2025-12-31")));

        assertThat(a.payingState()).isEqualTo("DE");
        assertThat(a.provision()).isEqualTo("EU_883_ART65_1");
        assertThat(a.reimbursement()).isNull();
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 65(2), 65(5)(b): a non-frontier worker who kept a residence elsewhere chooses; without a choice the engine asks")
    void aNonFrontierWorkerChooses() {
        UnemploymentPeriod work = period("IE", "2024-01-01", "2025-12-31");
        assertThat(ENGINE.assess(claim("FR", "IE", false, UnemploymentKind.WHOLLY, null, null, work)).status())
                .isEqualTo(DecisionStatus.NEEDS_INFORMATION);
        assertThat(ENGINE.assess(claim("FR", "IE", false, UnemploymentKind.WHOLLY, UnemploymentChoice.LAST_ACTIVITY_STATE,
                null, work)).payingState()).isEqualTo("IE");
        assertThat(ENGINE.assess(claim("FR", "IE", false, UnemploymentKind.WHOLLY, UnemploymentChoice.RESIDENCE_STATE,
                null, work)).payingState()).isEqualTo("FR");
    }

    @Test
    @DisplayName("Reg. 883/2004 art. 61(2): periods abroad are not aggregated when the last period is not in the paying state")
    void aggregationNeedsTheLastPeriodInThePayingState() {
        UnemploymentAssessment a = ENGINE.assess(claim("FR", "FR", false, UnemploymentKind.WHOLLY, null, null,
                period("FR", "2025-01-01", "2025-01-10"), period("DE", "2025-02-01", "2025-12-31")));

        assertThat(a.aggregatedDays()).isEqualTo(10);
        assertThat(a.checks().get(a.checks().size() - 1).result().name()).isEqualTo("NOT_MET");
    }

    @Test
    @DisplayName(YOUR_EUROPE + ": only a wholly unemployed person can take benefits abroad")
    void aPartiallyUnemployedPersonCannotExport() {
        UnemploymentExportRequest export = new UnemploymentExportRequest(LocalDate.parse("2026-01-05"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"), "IT", false);
        UnemploymentAssessment a = ENGINE.assess(claim("FR", "FR", false, UnemploymentKind.PARTIALLY_OR_INTERMITTENTLY,
                null, export, period("FR", "2022-01-01", "2025-12-31")));

        assertThat(a.export()).isNull();
        assertThat(codes(a)).contains("EXPORT_ONLY_WHOLLY_UNEMPLOYED");
    }

    @Test
    void badInputIsListedWithFieldPaths() {
        UnemploymentClaim bad = new UnemploymentClaim("France", "FR", false, null, null, null,
                List.of(period("FR", "2025-05-01", "2025-01-01"), period("DE", "2025-01-01", "2025-06-30"),
                        period("DE", "2025-06-01", "2025-12-31")),
                null, new BigDecimal("-1"), new BigDecimal("1.234"));

        assertThat(ENGINE.assess(bad).problems()).extracting(FieldProblem::field).containsExactly(
                "residenceState", "kind", "date", "periods[0].end", "periods[2]", "monthlyBenefitPaid",
                "monthlyBenefitLastState");
        assertThat(ENGINE.assess(bad).problems().get(0).message().in(Locale.ENGLISH)).contains("residenceState");
    }

    @Test
    void theExportNeverExceedsSixMonthsAndTheReimbursementIsThreeOrFiveMonths() {
        Random random = new Random(20261127L);
        for (int i = 0; i < 500; i++) {
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
            LocalDate departure = start.plusDays(random.nextInt(200));
            UnemploymentExportRequest export = new UnemploymentExportRequest(start, departure,
                    departure.plusDays(random.nextInt(20)), "ES", random.nextBoolean());
            UnemploymentClaim claim = new UnemploymentClaim("FR", "LU", true, UnemploymentKind.WHOLLY, null, start,
                    List.of(period("LU", start.minusDays(1 + random.nextInt(900)).toString(), start.minusDays(1).toString())),
                    export, new BigDecimal(random.nextInt(300000)).movePointLeft(2), new BigDecimal("1000.00"));
            UnemploymentAssessment a = ENGINE.assess(claim);

            assertThat(a.export().latestExtendedUntil()).isBefore(departure.plusMonths(6));
            assertThat(a.export().until()).isBefore(a.export().latestExtendedUntil());
            assertThat(a.reimbursement().months()).isIn(3, 5);
            assertThat(a.reimbursement().amount()).isLessThanOrEqualTo(new BigDecimal("5000.00"));
        }
    }
}

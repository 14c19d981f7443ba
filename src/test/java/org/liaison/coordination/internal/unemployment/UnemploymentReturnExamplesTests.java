package org.liaison.coordination.internal.unemployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.internal.RegistrySnapshot;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.UnemploymentAssessment;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.care.UnemploymentExportRequest;
import org.liaison.coordination.care.UnemploymentKind;
import org.liaison.coordination.care.UnemploymentPeriod;
import org.liaison.coordination.care.UnemploymentReturn;

/**
 * The length of the entitlement, the months already drawn, an extension granted and the return (Reg. 883/2004 art.
 * 64(1)(c) and 64(2), Reg. 987/2009 art. 55(1)), on the official pages' own examples. The registry gives 3 months,
 * up to 6, for the regulation.
 */
class UnemploymentReturnExamplesTests {

    private static final UnemploymentEngine ENGINE = new UnemploymentEngine(RegistrySnapshot.fromClasspath());
    /** Your Europe, "If you don't find work" (European Commission), sections "Going home earlier…" and "Staying abroad longer…". */
    private static final String YOUR_EUROPE_NO_WORK =
            "https://europa.eu/youreurope/citizens/work/unemployment-and-benefits/cannot-find-work-abroad/index_en.htm";
    /** Your Europe, "Transferring unemployment benefits", section "Staying abroad longer than 3 months". */
    private static final String YOUR_EUROPE_TRANSFER =
            "https://europa.eu/youreurope/citizens/work/unemployment-and-benefits/transferring-unemployment-benefits/index_en.htm";
    /** Service-public.fr (DILA), fiche F422 "Français en Europe : demandeurs d'emploi". */
    private static final String SERVICE_PUBLIC_F422 = "https://www.service-public.fr/particuliers/vosdroits/F422";

    private static final LocalDate DEPARTURE = LocalDate.parse("2026-03-05");

    private static UnemploymentAssessment leaveFranceForSpain(Integer entitlement, Integer drawn, Integer granted,
                                                              boolean requested, String returned) {
        UnemploymentExportRequest export = new UnemploymentExportRequest(LocalDate.parse("2026-01-05"), DEPARTURE,
                DEPARTURE.plusDays(3), "ES", requested, entitlement, drawn, granted,
                returned == null ? null : LocalDate.parse(returned));
        return ENGINE.assess(new UnemploymentClaim("FR", "FR", false, UnemploymentKind.WHOLLY, null,
                LocalDate.parse("2026-01-05"), List.of(new UnemploymentPeriod("FR", LocalDate.parse("2022-01-01"),
                LocalDate.parse("2026-01-04"))), export, null, null));
    }

    private static RequirementCheck check(UnemploymentAssessment a, String code) {
        return a.checks().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + code + " in " + a.checks()));
    }

    @Test
    @DisplayName(YOUR_EUROPE_NO_WORK + " sample story: 8 months granted, 2 drawn at home, 2 abroad, back in time: 4 months left")
    void backBeforeTheEndOfTheU2PeriodKeepsTheFourMonthsLeft() {
        UnemploymentAssessment a = leaveFranceForSpain(8, 2, null, false, "2026-05-05");

        assertThat(a.export().exportedUntil()).as("3 months from the departure").isEqualTo("2026-06-04");
        assertThat(a.export().entitlementEnds()).as("6 months left at departure").isEqualTo("2026-09-04");
        assertThat(a.export().returnOutcome()).isEqualTo(UnemploymentReturn.IN_TIME);
        assertThat(a.export().paidAfterReturnUntil()).isEqualTo("2026-09-04");
        RequirementCheck back = check(a, "RETURNED_IN_TIME_WITH_MONTHS_LEFT");
        assertThat(back.result()).isEqualTo(RequirementResult.MET);
        assertThat(back.facts()).containsEntry("leftOnReturn", "P4M");
        assertThat(back.reference().citation(java.util.Locale.ENGLISH)).contains("64(2)");
    }

    @Test
    @DisplayName(YOUR_EUROPE_NO_WORK + ": longer than 3 months abroad without an extension loses all entitlement after the U2 period")
    void stayingBeyondTheU2PeriodWithoutAnExtensionLosesTheEntitlement() {
        UnemploymentAssessment a = leaveFranceForSpain(8, 2, null, false, "2026-06-20");

        assertThat(a.export().exportedUntil()).isEqualTo("2026-06-04");
        assertThat(a.export().returnOutcome()).isEqualTo(UnemploymentReturn.LATE);
        assertThat(a.export().paidAfterReturnUntil()).isNull();
        assertThat(check(a, "RETURNED_LATE").result()).isEqualTo(RequirementResult.NOT_MET);
    }

    @Test
    @DisplayName(YOUR_EUROPE_TRANSFER + ": the services may extend the 3 months up to 6; with the extension granted the same return is in time")
    void anExtensionGrantedToSixMonthsMovesTheReturnDate() {
        UnemploymentAssessment requestedOnly = leaveFranceForSpain(12, 1, null, true, "2026-08-20");
        UnemploymentAssessment granted = leaveFranceForSpain(12, 1, 6, true, "2026-08-20");

        assertThat(requestedOnly.export().returnOutcome()).as("asked is not granted").isEqualTo(UnemploymentReturn.LATE);
        assertThat(granted.export().grantedMonths()).isEqualTo(6);
        assertThat(granted.export().exportedUntil()).isEqualTo("2026-09-04");
        assertThat(check(granted, "EXPORT_EXTENSION_GRANTED").result()).isEqualTo(RequirementResult.MET);
        assertThat(granted.export().returnOutcome()).isEqualTo(UnemploymentReturn.IN_TIME);
        assertThat(granted.export().paidAfterReturnUntil()).as("11 months left at departure").isEqualTo("2027-02-04");
    }

    @Test
    @DisplayName(YOUR_EUROPE_TRANSFER + ": 6 months at most; a grant beyond is capped at the instrument's maximum")
    void anExtensionBeyondSixMonthsIsCapped() {
        UnemploymentAssessment a = leaveFranceForSpain(24, 0, 9, true, null);

        assertThat(a.export().grantedMonths()).isEqualTo(6);
        assertThat(a.export().exportedUntil()).isEqualTo("2026-09-04");
        assertThat(check(a, "EXPORT_EXTENSION_BEYOND_MAXIMUM").result()).isEqualTo(RequirementResult.NOT_MET);
        assertThat(check(a, "RETURN_BY").facts()).containsEntry("exportedUntil", "2026-09-04");
    }

    @Test
    @DisplayName(SERVICE_PUBLIC_F422 + ": paid 3 months at most abroad 'sauf expiration de vos droits acquis en France durant cette période'")
    void theExportEndsWithTheEntitlementAndALateReturnLosesNothingMore() {
        UnemploymentAssessment a = leaveFranceForSpain(12, 10, null, false, "2026-06-20");

        assertThat(a.export().grantedMonths()).isEqualTo(3);
        assertThat(a.export().exportedUntil()).as("2 months left at departure").isEqualTo("2026-05-04");
        assertThat(check(a, "EXPORT_LIMITED_BY_ENTITLEMENT").result()).isEqualTo(RequirementResult.MET);
        assertThat(a.export().returnOutcome()).isEqualTo(UnemploymentReturn.ENTITLEMENT_ENDED_ABROAD);
    }

    @Test
    @DisplayName(SERVICE_PUBLIC_F422 + ": nothing left to export once every month is drawn")
    void nothingIsExportedWhenTheEntitlementIsUsedUp() {
        UnemploymentAssessment a = leaveFranceForSpain(6, 6, null, false, null);

        assertThat(a.export().exportedUntil()).isNull();
        assertThat(check(a, "EXPORT_NO_ENTITLEMENT_LEFT").result()).isEqualTo(RequirementResult.NOT_MET);
    }

    @Test
    void withoutAReturnDateTheAnswerSaysByWhenToBeBack() {
        UnemploymentAssessment a = leaveFranceForSpain(null, null, null, false, null);

        assertThat(a.export().returnOutcome()).isEqualTo(UnemploymentReturn.NOT_STATED);
        assertThat(a.export().exportedUntil()).isEqualTo("2026-06-04");
        assertThat(check(a, "RETURN_BY").result()).isEqualTo(RequirementResult.MET);
    }

    /**
     * Whatever the entitlement, the months drawn, the extension granted and the return: benefits are never exported
     * beyond the period granted nor the entitlement (art. 64(1)(c)); a return by the last day exported keeps what is
     * left and a later one, while entitlement remained, loses it (art. 64(2)). Seeded, so a failure replays.
     */
    @Test
    void theExportNeverOutlastsThePeriodGrantedOrTheEntitlementAndTheReturnDecidesTheRest() {
        java.util.Random random = new java.util.Random(20261204L);
        for (int run = 0; run < 400; run++) {
            int entitlement = 1 + random.nextInt(24);
            int drawn = random.nextInt(entitlement);
            Integer granted = random.nextBoolean() ? null : 4 + random.nextInt(3);
            String returned = random.nextInt(5) == 0 ? null : DEPARTURE.plusDays(random.nextInt(240)).toString();
            UnemploymentAssessment a = leaveFranceForSpain(entitlement, drawn, granted, granted != null, returned);
            var x = a.export();
            int period = granted == null ? 3 : granted;
            LocalDate entitlementEnds = DEPARTURE.plusMonths(entitlement - drawn).minusDays(1);

            assertThat(x.grantedMonths()).isEqualTo(period);
            assertThat(x.entitlementEnds()).isEqualTo(entitlementEnds);
            assertThat(x.exportedUntil()).isBeforeOrEqualTo(DEPARTURE.plusMonths(period).minusDays(1))
                    .isBeforeOrEqualTo(entitlementEnds);
            if (returned == null) {
                assertThat(x.returnOutcome()).isEqualTo(UnemploymentReturn.NOT_STATED);
            } else if (!LocalDate.parse(returned).isAfter(x.exportedUntil())) {
                assertThat(x.returnOutcome()).isEqualTo(UnemploymentReturn.IN_TIME);
                assertThat(x.paidAfterReturnUntil()).isEqualTo(entitlementEnds);
            } else {
                assertThat(x.returnOutcome()).isIn(UnemploymentReturn.LATE,
                        UnemploymentReturn.ENTITLEMENT_ENDED_ABROAD);
                assertThat(x.returnOutcome() == UnemploymentReturn.ENTITLEMENT_ENDED_ABROAD)
                        .isEqualTo(!entitlementEnds.isAfter(x.exportedUntil()));
                assertThat(x.paidAfterReturnUntil()).isNull();
            }
        }
    }
}

package org.liaison.coordination.internal.pensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.pensions.PensionCalculation;
import org.liaison.coordination.pensions.PensionEstimate;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionPeriodKind;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.PartnerCode;

class PensionCalculationTests {

    private final PensionEngine engine = new PensionEngine();

    private static PensionPeriod period(String state, PensionPeriodKind kind, String start, String end) {
        return PensionPeriod.of(state, "general", kind, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static PensionCalculation of(PensionEstimate estimate, String state) {
        return estimate.calculations().stream().filter(c -> c.state().value().equals(state)).findFirst().orElseThrow();
    }

    private static PensionRequest request(List<PensionPeriod> periods, List<PensionRule> rules, String residence) {
        return new PensionRequest(periods, rules, residence == null ? null : PartnerCode.of(residence),
                PensionFramework.europeanRegulation());
    }

    /**
     * rules.md §5 case 9 (Sylvie), source https://www.la-retraite-en-clair.fr/parcours-professionnel-regimes-retraite/
     * carriere-etranger-retraite/retraite-expatries-pays-union-europeenne-pratique : 21 years in France, 15 in Austria,
     * 4 in Italy = 160 quarters; the French pro-rata is 84/160 of the theoretical pension. The page's amounts were
     * not retrieved: the theoretical amounts here are illustrative.
     */
    @Test
    void sylviesFrenchProRataIsEightyFourOneHundredSixtiethsOfTheTheoreticalPension() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("AT", PensionPeriodKind.SELF_EMPLOYMENT, "1985-01-01", "1999-12-31"),
                period("FR", PensionPeriodKind.EMPLOYMENT, "2000-01-01", "2020-12-31"),
                period("IT", PensionPeriodKind.EMPLOYMENT, "2021-01-01", "2024-12-31")), List.of(
                PensionRule.amounts("FR", 0, "1600.00", "700.00"),
                PensionRule.amounts("AT", 180, "1500.00", null),
                PensionRule.accrual("IT", 240, "2.50", 0)), null));

        assertThat(estimate.aggregation().totalMonths()).isEqualByComparingTo("480");
        PensionCalculation france = of(estimate, "FR");
        assertThat(france.proRata()).isEqualTo(new BigDecimal("840.00"));
        assertThat(france.amountDue()).isEqualTo(new BigDecimal("840.00"));
        assertThat(france.independent()).isEqualTo(new BigDecimal("700.00"));
        // Austria's GSVG pensions are in Annex VIII, Part 1 (art. 52(4)): no pro-rata, its institution computes the
        // national amount, which the rule does not give.
        PensionCalculation austria = of(estimate, "AT");
        assertThat(austria.proRata()).isNull();
        assertThat(austria.basis().code()).isEqualTo("EU_883_ART52_4");
        assertThat(austria.checks()).extracting(c -> c.code() + ":" + c.result())
                .contains("INDEPENDENT_NOT_GIVEN:NEEDS_INFORMATION");
        PensionCalculation italy = of(estimate, "IT");
        assertThat(italy.independent()).isNull();
        assertThat(italy.theoretical()).isEqualTo(new BigDecimal("1200.00"));
        assertThat(italy.proRata()).isEqualTo(new BigDecimal("120.00"));
        assertThat(estimate.total()).as("France 840 + Italy 120; Austria still to be computed by its institution")
                .isEqualTo(new BigDecimal("960.00"));
    }

    /**
     * The higher of the national benefit and the pro-rata is due (art. 52(3)); source: "le montant le plus
     * avantageux", https://www.lassuranceretraite.fr/portail-info/home/english-version/a-detailed-calculation-of-my-int/
     * you-have-worked-in-the-community.html
     */
    @Test
    void theNationalBenefitIsDueWhenItIsHigherThanTheProRata() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("DE", PensionPeriodKind.EMPLOYMENT, "1990-01-01", "1999-12-31"),
                period("FR", PensionPeriodKind.EMPLOYMENT, "2000-01-01", "2029-12-31")), List.of(
                PensionRule.amounts("FR", 0, "1000.00", "900.00"),
                PensionRule.accrual("DE", 60, "4.00", 0)), null));

        PensionCalculation france = of(estimate, "FR");
        assertThat(france.proRata()).isEqualTo(new BigDecimal("750.00"));
        assertThat(france.amountDue()).isEqualTo(new BigDecimal("900.00"));
        assertThat(france.basis().code()).isEqualTo("EU_883_ART52_3");
        assertThat(of(estimate, "DE").amountDue()).isEqualTo(new BigDecimal("480.00"));
    }

    /**
     * rules.md §5 case 10: 10 months insured in Malta, 30 years in France; Malta gives no right alone and pays
     * nothing; France takes the Maltese months into account (art. 57(1)–(2)); Cleiss 883_vieillesse: "au moins un an".
     */
    @Test
    void maltaPaysNothingForTenMonthsAndFranceCountsThemAsItsOwn() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("MT", PensionPeriodKind.EMPLOYMENT, "1994-03-01", "1994-12-31"),
                period("FR", PensionPeriodKind.EMPLOYMENT, "1995-01-01", "2024-12-31")), List.of(
                PensionRule.accrual("FR", 0, "3.00", 0),
                PensionRule.accrual("MT", 120, "5.00", 0)), null));

        PensionCalculation malta = of(estimate, "MT");
        assertThat(malta.amountDue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(malta.basis().code()).isEqualTo("EU_883_ART57_1");
        PensionCalculation france = of(estimate, "FR");
        assertThat(france.theoretical()).isEqualTo(new BigDecimal("1110.00"));
        assertThat(france.proRata()).isEqualTo(new BigDecimal("1110.00"));
    }

    /** Art. 57(3): if every state would be exempt, the last state whose conditions are met pays for all periods. */
    @Test
    void whenEveryStateHasLessThanAYearTheLastStateWhoseConditionsAreMetPaysForAll() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("BE", PensionPeriodKind.EMPLOYMENT, "2020-01-01", "2020-10-31"),
                period("LU", PensionPeriodKind.EMPLOYMENT, "2020-11-01", "2021-08-31"),
                period("NL", PensionPeriodKind.EMPLOYMENT, "2021-09-01", "2022-06-30")), List.of(
                PensionRule.accrual("BE", 12, "10.00", 0),
                PensionRule.accrual("LU", 12, "20.00", 0),
                PensionRule.accrual("NL", 60, "30.00", 0)), null));

        assertThat(of(estimate, "NL").amountDue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(of(estimate, "BE").amountDue()).isEqualTo(new BigDecimal("0.00"));
        PensionCalculation luxembourg = of(estimate, "LU");
        assertThat(luxembourg.basis().code()).isEqualTo("EU_883_ART57_3");
        assertThat(luxembourg.amountDue()).isEqualTo(new BigDecimal("600.00"));
    }

    /** Art. 58: the state of residence tops the pensions up to its minimum pension. */
    @Test
    void theResidenceStatePaysTheDifferenceUpToItsMinimumPension() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("ES", PensionPeriodKind.EMPLOYMENT, "1990-01-01", "2009-12-31"),
                period("FR", PensionPeriodKind.EMPLOYMENT, "2010-01-01", "2019-12-31")), List.of(
                PensionRule.accrual("ES", 180, "2.00", 0).withMinimumPension("800.00"),
                PensionRule.accrual("FR", 0, "1.50", 0)), "ES"));

        assertThat(of(estimate, "ES").amountDue()).isEqualTo(new BigDecimal("480.00"));
        assertThat(of(estimate, "FR").amountDue()).isEqualTo(new BigDecimal("180.00"));
        assertThat(estimate.supplement()).isEqualTo(new BigDecimal("140.00"));
        assertThat(estimate.total()).isEqualTo(new BigDecimal("800.00"));
        assertThat(estimate.checks()).singleElement().satisfies(check -> {
            assertThat(check.reference().citation(Locale.FRENCH)).contains("art. 58");
            assertThat(check.explanation().in(java.util.Locale.FRENCH)).contains("140.00");
        });
    }

    /** rules.md §5 case 17: the refunded Korean years neither count nor give a Korean calculation. */
    @Test
    void koreanYearsRefundedByALumpSumGiveNeitherPeriodsNorAPension() {
        PensionEstimate estimate = engine.estimate(new PensionRequest(List.of(
                period("KR", PensionPeriodKind.EMPLOYMENT, "2000-01-01", "2009-12-31").asRefundedByLumpSum(),
                period("FR", PensionPeriodKind.EMPLOYMENT, "2010-01-01", "2029-12-31")), List.of(
                PensionRule.accrual("FR", 0, "2.00", 0)), null, PensionFramework.bilateral("KR")));

        assertThat(estimate.valid()).isTrue();
        assertThat(estimate.calculations()).extracting(c -> c.state().value()).containsExactly("FR");
        assertThat(of(estimate, "FR").amountDue()).isEqualTo(new BigDecimal("480.00"));
    }

    /**
     * France–India convention: periods in a third state bound to both count for the totalisation, source
     * http://www.cleiss.fr/docs/textes/conv_inde.html ; rules.md §3. India's and France's pro-rata use 30 years.
     */
    @Test
    void underTheIndianConventionGermanYearsRaiseTheTotalButGetNoCalculation() {
        PensionEstimate estimate = engine.estimate(new PensionRequest(List.of(
                period("IN", PensionPeriodKind.EMPLOYMENT, "1995-01-01", "2004-12-31"),
                period("DE", PensionPeriodKind.EMPLOYMENT, "2005-01-01", "2009-12-31"),
                period("FR", PensionPeriodKind.EMPLOYMENT, "2010-01-01", "2024-12-31")), List.of(
                PensionRule.amounts("FR", 0, "1200.00", null),
                PensionRule.amounts("IN", 120, "900.00", null)), null,
                PensionFramework.bilateral("IN", "DE")));

        assertThat(estimate.aggregation().totalMonths()).isEqualByComparingTo("360");
        assertThat(estimate.calculations()).extracting(c -> c.state().value()).containsExactlyInAnyOrder("FR", "IN");
        assertThat(of(estimate, "FR").proRata()).isEqualTo(new BigDecimal("600.00"));
        assertThat(of(estimate, "IN").proRata()).isEqualTo(new BigDecimal("300.00"));
        assertThat(of(estimate, "FR").basis().code()).isEqualTo("EU_883_ART52_3");
        assertThat(of(estimate, "FR").checks()).extracting(c -> c.provision()).contains("BILATERAL_TOTALISATION");
    }

    @Test
    void everyCheckCitesItsArticleAndExplainsItselfInFrenchAndEnglish() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("MT", PensionPeriodKind.EMPLOYMENT, "1994-03-01", "1994-12-31"),
                period("ES", PensionPeriodKind.EMPLOYMENT, "1995-01-01", "2004-12-31").asVoluntary(),
                period("FR", PensionPeriodKind.EMPLOYMENT, "2000-01-01", "2024-12-31")), List.of(
                PensionRule.accrual("FR", 0, "3.00", 0).withMinimumPension("2000.00"),
                PensionRule.accrual("ES", 180, "2.00", 0),
                PensionRule.accrual("MT", 120, "5.00", 0)), "FR"));

        var checks = new ArrayList<>(estimate.aggregation().checks());
        estimate.calculations().forEach(c -> checks.addAll(c.checks()));
        checks.addAll(estimate.checks());
        assertThat(checks).hasSizeGreaterThan(8).allSatisfy(check -> {
            assertThat(check.reference().citation(Locale.FRENCH)).containsPattern("art\\.|[Cc]onvention");
            assertThat(check.explanation().in(java.util.Locale.FRENCH)).isNotBlank().doesNotContain("{");
            assertThat(check.explanation().in(java.util.Locale.ENGLISH)).isNotBlank().doesNotContain("{");
        });
        assertThat(checks).extracting(c -> c.code()).contains("OVERLAP_SET_ASIDE", "UNDER_ONE_YEAR",
                "MINIMUM_SUPPLEMENT", "PRO_RATA", "HIGHER_AMOUNT_DUE");
    }

    /** A missing request and missing periods are problems, not exceptions. */
    @Test
    void aMissingRequestOrCareerIsAProblemToo() {
        assertThat(engine.estimate(null).problems()).extracting(p -> p.field()).containsExactly("request");
        assertThat(engine.estimate(new PensionRequest(null, null, null, null)).problems())
                .extracting(p -> p.field() + ":" + p.code()).containsExactly("periods:REQUIRED");
    }

    @Test
    void badInputIsListedWithEachFieldPath() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("FR", PensionPeriodKind.EMPLOYMENT, "2000-01-01", "2009-12-31"),
                period("FR", PensionPeriodKind.EMPLOYMENT, "2005-01-01", "2012-12-31"),
                period("DE", PensionPeriodKind.EMPLOYMENT, "2015-01-01", "2014-12-31")), List.of(
                new PensionRule(PartnerCode.of("FR"), -1, new BigDecimal("1.234"), 0, null, null,
                        new BigDecimal("-5"))), null));

        assertThat(estimate.valid()).isFalse();
        assertThat(estimate.problems()).extracting(p -> p.field() + ":" + p.code()).contains(
                "periods[1]:OVERLAPS_SAME_SCHEME", "periods[2].end:END_BEFORE_START", "periods[2].state:NO_RULE",
                "rules[0].minimumMonths:NEGATIVE", "rules[0].monthlyAccrual:MORE_THAN_TWO_DECIMALS",
                "rules[0].minimumPension:NEGATIVE");
        assertThat(estimate.problems()).allSatisfy(p -> assertThat(p.message().in(Locale.ENGLISH)).isNotBlank());
    }

    @Test
    void proRataAmountsOfAllStatesNeverExceedTheSumOfTheoreticalAmounts() {
        Random random = new Random(883_2004L);
        String[] states = {"FR", "DE", "IT", "ES", "MT", "PL"};
        for (int run = 0; run < 300; run++) {
            List<PensionPeriod> career = new ArrayList<>();
            List<PensionRule> rules = new ArrayList<>();
            LocalDate start = LocalDate.of(1980, 1, 1);
            for (int i = 0; i < 2 + random.nextInt(5); i++) {
                LocalDate end = start.plusDays(30 + random.nextInt(3000));
                career.add(period(states[i], PensionPeriodKind.INSURANCE, start.toString(), end.toString()));
                rules.add(random.nextBoolean()
                        ? PensionRule.accrual(states[i], random.nextInt(200), random.nextInt(1000) / 100 + ".0"
                                + random.nextInt(10), random.nextInt(500))
                        : PensionRule.amounts(states[i], random.nextInt(200), random.nextInt(3000) + ".99", null));
                start = end.plusDays(1 + random.nextInt(400));
            }
            PensionEstimate estimate = engine.estimate(request(career, rules, null));

            assertThat(estimate.problems()).isEmpty();
            BigDecimal proRata = estimate.calculations().stream().map(PensionCalculation::proRata)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal theoretical = estimate.calculations().stream().map(PensionCalculation::theoretical)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(proRata).as("run %d", run).isLessThanOrEqualTo(theoretical);
            assertThat(estimate.total().scale()).isEqualTo(2);
        }
    }
}

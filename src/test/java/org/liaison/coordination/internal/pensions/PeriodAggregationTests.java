package org.liaison.coordination.internal.pensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.pensions.PensionAggregation;
import org.liaison.coordination.pensions.PensionCredit;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionPeriodKind;
import org.liaison.coordination.pensions.PensionUnit;
import org.liaison.coordination.pensions.PensionWorkingWeek;
import org.liaison.coordination.RequirementCheck;

class PeriodAggregationTests {

    private final PeriodAggregator aggregator = new PeriodAggregator();

    private static PensionPeriod period(String state, String start, String end) {
        return PensionPeriod.of(state, "general", PensionPeriodKind.EMPLOYMENT, LocalDate.parse(start),
                LocalDate.parse(end));
    }

    private static long days(PensionAggregation aggregation, String state) {
        return PensionEngine.credit(aggregation, state).map(PensionCredit::days).orElse(0L);
    }

    @Test
    void aCompulsoryPeriodTakesTheDaysItSharesWithAVoluntaryPeriodOfAnotherState() {
        PensionAggregation aggregation = aggregator.aggregate(List.of(
                period("FR", "2020-01-01", "2020-12-31").asVoluntary(),
                period("DE", "2020-07-01", "2020-12-31")), PensionFramework.europeanRegulation());

        assertThat(days(aggregation, "DE")).isEqualTo(184);
        assertThat(days(aggregation, "FR")).isEqualTo(182);
        assertThat(aggregation.totalDays()).isEqualTo(366);
        assertThat(aggregation.checks()).extracting(RequirementCheck::provision).contains("EU_987_ART12_1");
    }

    @Test
    void aPeriodOfInsuranceTakesTheDaysItSharesWithAnEquivalentPeriod() {
        PensionAggregation aggregation = aggregator.aggregate(List.of(
                period("BE", "2019-01-01", "2019-06-30").asEquivalent(),
                period("FR", "2019-04-01", "2019-09-30")), PensionFramework.europeanRegulation());

        assertThat(days(aggregation, "BE")).isEqualTo(90);
        assertThat(days(aggregation, "FR")).isEqualTo(183);
        assertThat(aggregation.checks()).extracting(RequirementCheck::provision).contains("EU_987_ART12_2");
    }

    /** rules.md §5 case 17, source https://www.cleiss.fr/docs/textes/conv_coree.html (lump-sum refund). */
    @Test
    void koreanPeriodsRefundedByALumpSumAreIgnoredByTheFrenchTotalisation() {
        PensionAggregation aggregation = aggregator.aggregate(List.of(
                period("KR", "2000-01-01", "2009-12-31").asRefundedByLumpSum(),
                period("FR", "2010-01-01", "2029-12-31")), PensionFramework.bilateral("KR"));

        assertThat(PensionEngine.credit(aggregation, "KR")).isEmpty();
        assertThat(aggregation.totalMonths()).isEqualByComparingTo("240");
        assertThat(aggregation.checks()).extracting(RequirementCheck::code).contains("PERIOD_REFUNDED_BY_LUMP_SUM");
    }

    @Test
    void aBilateralConventionTotalisesOnlyTheTwoStatesPeriods() {
        PensionAggregation aggregation = aggregator.aggregate(List.of(
                period("US", "2000-01-01", "2004-12-31"),
                period("DE", "2005-01-01", "2009-12-31"),
                period("FR", "2010-01-01", "2019-12-31")), PensionFramework.bilateral("US"));

        assertThat(aggregation.totalMonths()).isEqualByComparingTo("180");
        assertThat(aggregation.checks()).extracting(RequirementCheck::code).contains("PERIOD_OUTSIDE_CONVENTION");
    }

    /** Source: http://www.cleiss.fr/docs/textes/conv_inde.html (the convention also counts third-state periods). */
    @Test
    void theIndianConventionAlsoCountsPeriodsOfAThirdStateBoundToBoth() {
        PensionAggregation aggregation = aggregator.aggregate(List.of(
                period("IN", "2000-01-01", "2004-12-31"),
                period("DE", "2005-01-01", "2009-12-31"),
                period("FR", "2010-01-01", "2019-12-31")), PensionFramework.bilateral("IN", "DE"));

        assertThat(aggregation.totalMonths()).isEqualByComparingTo("240");
    }

    @Test
    void wholeCalendarMonthsCountExactlyAndRemainingDaysCountAtThirtyAMonth() {
        assertThat(PensionUnits.months(LocalDate.parse("2000-01-01"), LocalDate.parse("2020-12-31")))
                .isEqualByComparingTo("252");
        assertThat(PensionUnits.months(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-01-15")))
                .isEqualByComparingTo("0.5");
    }

    /** rules.md §1.2: France counts 66, 78 or 90 days per quarter for 5-, 6- and 7-day schemes (monacturetraite). */
    @Test
    void franceConvertsForeignDaysIntoQuartersByTheSchemesWorkingWeek() {
        assertThat(PensionUnits.frenchQuarters(264, PensionWorkingWeek.FIVE_DAY)).isEqualTo(4);
        assertThat(PensionUnits.frenchQuarters(312, PensionWorkingWeek.SIX_DAY)).isEqualTo(4);
        assertThat(PensionUnits.frenchQuarters(359, PensionWorkingWeek.SEVEN_DAY)).isEqualTo(3);
        assertThat(PensionUnits.convert(new BigDecimal("10"), PensionUnit.WEEKS, PensionUnit.DAYS,
                PensionWorkingWeek.FIVE_DAY)).isEqualByComparingTo("50");
        assertThat(PensionUnits.convert(new BigDecimal("44"), PensionUnit.DAYS, PensionUnit.MONTHS,
                PensionWorkingWeek.FIVE_DAY)).isEqualByComparingTo("2");
    }

    /**
     * Reg. 987/2009 art. 13(1)(b)–(c), text read at https://www.secu.lu/reglements-ce/reglement-ce-n-9872009/
     * disposition-generales/chapitre-iii-autres-dispositions-generales-dapplication-du-reglement-de-base/art-13/ :
     * 5/22/66 days, 6/26/78, 7/30/90; a quarter is 3 months or 13 weeks; weeks and months through the 6-day scheme.
     */
    @Test
    void unitsConvertByTheTableOfArticleThirteen() {
        assertThat(PensionUnits.convert(new BigDecimal("1"), PensionUnit.QUARTERS, PensionUnit.DAYS,
                PensionWorkingWeek.SIX_DAY)).isEqualByComparingTo("78");
        assertThat(PensionUnits.convert(new BigDecimal("2"), PensionUnit.QUARTERS, PensionUnit.WEEKS,
                PensionWorkingWeek.FIVE_DAY)).isEqualByComparingTo("26");
        assertThat(PensionUnits.convert(new BigDecimal("4"), PensionUnit.QUARTERS, PensionUnit.MONTHS,
                PensionWorkingWeek.SEVEN_DAY)).isEqualByComparingTo("12");
        assertThat(PensionUnits.convert(new BigDecimal("13"), PensionUnit.WEEKS, PensionUnit.MONTHS,
                PensionWorkingWeek.FIVE_DAY)).isEqualByComparingTo("3");
    }

    /**
     * CNAV: foreign periods give "maximum 4 terms per calendar year", https://www.lassuranceretraite.fr/portail-info/
     * home/english-version/a-detailed-calculation-of-my-int/you-have-worked-in-the-community.html
     */
    @Test
    void franceCreditsAtMostFourQuartersInACalendarYear() {
        assertThat(PensionUnits.frenchQuarters(java.util.Map.of(2020, 330L, 2021, 100L), PensionWorkingWeek.FIVE_DAY))
                .isEqualTo(5);
    }

    @Test
    void aggregatedPeriodsNeverCountAnOverlappingDayTwice() {
        Random random = new Random(20261127L);
        String[] states = {"FR", "DE", "IT", "ES", "BE", "MT"};
        for (int run = 0; run < 300; run++) {
            List<PensionPeriod> career = new ArrayList<>();
            Set<LocalDate> distinctDays = new HashSet<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                LocalDate start = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(3000));
                LocalDate end = start.plusDays(random.nextInt(900));
                PensionPeriod p = PensionPeriod.of(states[random.nextInt(states.length)], "s" + i,
                        PensionPeriodKind.INSURANCE, start, end);
                p = random.nextBoolean() ? p.asVoluntary() : p;
                p = random.nextInt(4) == 0 ? p.asEquivalent() : p;
                career.add(p);
                start.datesUntil(end.plusDays(1)).forEach(distinctDays::add);
            }
            PensionAggregation aggregation = aggregator.aggregate(career, PensionFramework.europeanRegulation());

            assertThat(aggregation.totalDays()).as("run %d", run).isEqualTo(distinctDays.size());
            assertThat(aggregation.credits().stream().mapToLong(PensionCredit::days).sum())
                    .isEqualTo(distinctDays.size());
        }
    }
}

package org.liaison.coordination.internal.pensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.pensions.PensionAnnexVIII;
import org.liaison.coordination.pensions.PensionCalculation;
import org.liaison.coordination.pensions.PensionEstimate;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionPeriodKind;
import org.liaison.coordination.pensions.PensionQuantity;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.coordination.pensions.PensionUnit;
import org.liaison.coordination.pensions.PensionWorkingWeek;
import org.liaison.shared.PartnerCode;

/**
 * Worked examples from official sources and case law, each citing where its facts come from; where the source gives
 * no amounts, the amounts are built to follow its text and the test says so.
 */
class PensionWorkedExamplesTests {

    private final PensionEngine engine = new PensionEngine();

    /**
     * CJEU C-440/09 Tomaszewska, judgment of 3 March 2011 (summary, OJ C 130 of 30.4.2011, https://eur-lex.europa.eu/
     * legal-content/EN/AUTO/?uri=uriserv%3AOJ.C_.2011.130.01.0005.02.ENG): the minimum period national law requires
     * for an old-age pension is assessed with the periods completed in another Member State. Built numbers: a
     * 20-year qualifying period, 17 years in Poland and 4 in Germany.
     */
    @Test
    void tomaszewskaThePolishQualifyingPeriodIsReachedWithTheGermanYears() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("PL", "1975-01-01", "1991-12-31"),
                period("DE", "1992-01-01", "1995-12-31")), List.of(
                PensionRule.amounts("PL", 240, "1000.00", null),
                PensionRule.amounts("DE", 60, "800.00", null)), null));

        PensionCalculation poland = of(estimate, "PL");
        assertThat(poland.independent()).as("204 months alone are short of 240").isNull();
        assertThat(poland.proRata()).isEqualTo(new BigDecimal("809.52"));
        assertThat(poland.checks()).extracting(c -> c.code()).contains("NO_INDEPENDENT_RIGHT", "PRO_RATA");
    }

    /**
     * Annex VIII, Part 2 (art. 52(5)): no pro-rata where periods are of no relevance to the calculation. The AGIRC and
     * ARRCO benefits "are calculated on the basis of the number of pension points acquired, independently of the
     * periods completed" (recital of the regulation that brought them under Reg. 1408/71, quoted at
     * http://wordscope.be/anglais/francais/seem+to+point.html). Built numbers: a points pension of €300 a month.
     */
    @Test
    void aFrenchPointsSchemePaysItsPointsWithoutProRata() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("FR", "1990-01-01", "2009-12-31"),
                period("BE", "2010-01-01", "2024-12-31")), List.of(
                PensionRule.amounts("FR", 0, "520.00", "300.00").withAnnexVIII(PensionAnnexVIII.PRO_RATA_NOT_APPLICABLE),
                PensionRule.accrual("BE", 12, "5.00", 0)), null));

        PensionCalculation france = of(estimate, "FR");
        assertThat(france.proRata()).isNull();
        assertThat(france.theoretical()).isNull();
        assertThat(france.amountDue()).isEqualTo(new BigDecimal("300.00"));
        assertThat(france.basis().code()).isEqualTo("EU_883_ART52_5");
        assertThat(france.basis().reference().citation(Locale.FRENCH)).contains("art. 52(5)", "annexe VIII, partie 2");
    }

    /**
     * Annex VIII, Part 1 (art. 52(4)) lists Denmark's social pensions
     * (https://www.secu.lu/reglements-ce/reglement-ce-n-8832004/annexe-viii/): Denmark pays its national pension on
     * its own residence periods, no pro-rata. Built numbers: 10 years' residence at €20 a month of residence.
     */
    @Test
    void denmarkPaysItsResidencePensionWithoutAProRataCalculation() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                PensionPeriod.of("DK", "folkepension", PensionPeriodKind.RESIDENCE, LocalDate.parse("2000-01-01"),
                        LocalDate.parse("2009-12-31")),
                period("FR", "2010-01-01", "2029-12-31")), List.of(
                PensionRule.accrual("DK", 36, "20.00", 480),
                PensionRule.accrual("FR", 3, "4.00", 516)), null));

        PensionCalculation denmark = of(estimate, "DK");
        assertThat(denmark.amountDue()).isEqualTo(new BigDecimal("2400.00"));
        assertThat(denmark.proRata()).isNull();
        assertThat(denmark.checks()).extracting(c -> c.code()).contains("PRO_RATA_WAIVED");
        assertThat(of(estimate, "FR").checks()).extracting(c -> c.code()).doesNotContain("ANNEX_VIII_UNKNOWN");
    }

    /**
     * Belgium is not in the part of Annex VIII Liaison has read (https://www.secu.lu/reglements-ce/
     * reglement-ce-n-8832004/annexe-viii/), and Liaison does not guess: both amounts are computed and the estimate
     * says the entry is to be confirmed by the institution.
     */
    @Test
    void aStateWhoseAnnexEightEntryIsUnknownGetsBothCalculationsAndANote() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("BE", "1990-01-01", "2009-12-31"),
                period("FR", "2010-01-01", "2024-12-31")), List.of(
                PensionRule.accrual("BE", 12, "5.00", 0),
                PensionRule.accrual("FR", 3, "4.00", 516)), null));

        PensionCalculation belgium = of(estimate, "BE");
        assertThat(belgium.proRata()).isNotNull();
        assertThat(belgium.checks()).filteredOn(c -> c.code().equals("ANNEX_VIII_UNKNOWN"))
                .singleElement().satisfies(c -> {
                    assertThat(c.result()).isEqualTo(RequirementResult.NEEDS_INFORMATION);
                    assertThat(c.explanation().in(java.util.Locale.ENGLISH)).contains("BE", "Annex VIII");
                });
    }

    /**
     * Cleiss, "Votre retraite après avoir travaillé en France et dans différents États de l'UE"
     * (http://www.cleiss.fr/infos/pension-calcul-rgt.html): "Si les deux montants sont équivalents, c'est la pension
     * communautaire qui est versée". Built numbers: €4 a month in France, no cap, so both amounts are €1,440.
     */
    @Test
    void equalNationalAndProRataAmountsPayTheCommunityPension() {
        PensionEstimate estimate = engine.estimate(request(List.of(
                period("FR", "1985-01-01", "2014-12-31"),
                period("IT", "2015-01-01", "2024-12-31")), List.of(
                PensionRule.accrual("FR", 3, "4.00", 0),
                PensionRule.accrual("IT", 60, "5.00", 0)), null));

        PensionCalculation france = of(estimate, "FR");
        assertThat(france.independent()).isEqualTo(new BigDecimal("1440.00"));
        assertThat(france.proRata()).isEqualTo(new BigDecimal("1440.00"));
        assertThat(france.checks()).filteredOn(c -> c.code().equals("HIGHER_AMOUNT_DUE"))
                .singleElement().satisfies(c -> assertThat(c.facts()).containsEntry("chosen", "PRO_RATA"));
    }

    /**
     * A foreign period reported in days of a 5-day scheme counts 66 days a quarter in France
     * (https://dev.monacturetraite.fr/vous-avez-travaille-dans-un-pays-europeen-quelle-prise-en-compte-pour-votre-retraite;
     * Reg. 987/2009 art. 13): 660 days are 10 quarters, 30 months, enough to escape the under-one-year rule.
     */
    @Test
    void sixHundredSixtyGermanWorkingDaysCountAsThirtyMonths() {
        PensionEstimate estimate = engine.estimate(new PensionRequest(List.of(period("FR", "1990-01-01", "2019-12-31")),
                List.of(new PensionQuantity(PartnerCode.of("DE"), "DRV", PensionPeriodKind.EMPLOYMENT,
                        new BigDecimal("660"), PensionUnit.DAYS, PensionWorkingWeek.FIVE_DAY)),
                List.of(PensionRule.accrual("FR", 3, "4.00", 0), PensionRule.accrual("DE", 12, "5.00", 0)),
                null, PensionFramework.europeanRegulation(), null));

        assertThat(PensionEngine.credit(estimate.aggregation(), "DE").orElseThrow().months()).isEqualByComparingTo("30");
        assertThat(estimate.aggregation().totalMonths()).isEqualByComparingTo("390");
        assertThat(of(estimate, "DE").amountDue()).isPositive();
        assertThat(estimate.aggregation().checks()).extracting(c -> c.code()).contains("QUANTITY_CONVERTED");
    }

    /**
     * Reg. 883/2004 art. 52(1)(b) counts the periods completed "before the date of the materialisation of the risk"
     * (https://eur-lex.europa.eu/eli/reg/2004/883/oj): a period still running after the pension date is a problem of
     * the request, named with its field.
     */
    @Test
    void aPeriodEndingAfterThePensionDateIsAProblemOfTheRequest() {
        PensionEstimate estimate = engine.estimate(new PensionRequest(List.of(period("FR", "1990-01-01", "2027-06-30")),
                List.of(), List.of(PensionRule.accrual("FR", 3, "4.00", 0)), null,
                PensionFramework.europeanRegulation(), LocalDate.parse("2027-01-01")));

        assertThat(estimate.problems()).extracting(p -> p.field() + ":" + p.code())
                .containsExactly("periods[0].end:AFTER_PENSION_DATE");
    }

    private static PensionPeriod period(String state, String start, String end) {
        return PensionPeriod.of(state, "general", PensionPeriodKind.EMPLOYMENT, LocalDate.parse(start),
                LocalDate.parse(end));
    }

    private static PensionRequest request(List<PensionPeriod> periods, List<PensionRule> rules, String residence) {
        return new PensionRequest(periods, rules, residence == null ? null : PartnerCode.of(residence),
                PensionFramework.europeanRegulation());
    }

    private static PensionCalculation of(PensionEstimate estimate, String state) {
        return estimate.calculations().stream().filter(c -> c.state().value().equals(state)).findFirst().orElseThrow();
    }
}

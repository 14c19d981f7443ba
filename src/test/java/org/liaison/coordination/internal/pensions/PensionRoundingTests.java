package org.liaison.coordination.internal.pensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.pensions.PensionCalculation;
import org.liaison.coordination.pensions.PensionEstimate;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionPeriodKind;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.pensions.PensionRounding;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.PartnerCode;

/**
 * National rounding (issue #12 item 4): each state brings its theoretical, independent and pro-rata amounts to the
 * cent by its own rule, once per amount, and the answer says which rule and on what source.
 */
class PensionRoundingTests {

    private final PensionEngine engine = new PensionEngine();

    private PensionEstimate estimate(List<PensionPeriod> periods, List<PensionRule> rules) {
        return engine.estimate(new PensionRequest(periods, List.of(), rules, PartnerCode.of("FR"),
                PensionFramework.europeanRegulation(), LocalDate.parse("2026-01-01")));
    }

    private static PensionPeriod period(String state, String start, String end) {
        return PensionPeriod.of(state, "main", PensionPeriodKind.EMPLOYMENT, LocalDate.parse(start),
                LocalDate.parse(end));
    }

    private static PensionCalculation of(PensionEstimate estimate, String state) {
        return estimate.calculations().stream().filter(c -> c.state().value().equals(state)).findFirst().orElseThrow();
    }

    private static RequirementCheck rounding(PensionCalculation calculation) {
        return calculation.checks().stream().filter(c -> c.provision().equals("NATIONAL_ROUNDING")).findFirst()
                .orElseThrow();
    }

    /** 5 years in Germany, 35 in France, each with a theoretical amount of €1,000.20: pro-rata 1/8 and 7/8. */
    private PensionEstimate germanyAndFrance(PensionRule germany) {
        return estimate(List.of(period("DE", "1980-01-01", "1984-12-31"), period("FR", "1985-01-01", "2019-12-31")),
                List.of(germany, PensionRule.amounts("FR", 0, "1000.20", null)));
    }

    /**
     * SGB VI § 121(2) (https://www.gesetze-im-internet.de/sgb_6/__121.html): "Bei einer auf Dezimalstellen
     * vorzunehmenden Berechnung wird die letzte Dezimalstelle um 1 erhöht, wenn sich in der folgenden Dezimalstelle
     * eine der Zahlen 5 bis 9 ergeben würde"; § 123(1): money amounts to two decimals. The German pro-rata
     * 1000.20 × 60/480 = 125.025 is paid 125.03 (half-even would give 125.02); the French one, 1000.20 × 420/480 =
     * 875.175, is truncated to 875.17 (half up or half even would give 875.18).
     */
    @Test
    void germanyRoundsHalfUpAndFranceTruncatesTheSameKindOfFraction() {
        PensionEstimate estimate = germanyAndFrance(PensionRule.amounts("DE", 0, "1000.20", null));

        PensionCalculation germany = of(estimate, "DE");
        assertThat(germany.proRata()).isEqualTo(new BigDecimal("125.03"));
        assertThat(germany.rounding()).isEqualTo(PensionRounding.HALF_UP);
        assertThat(rounding(germany).code()).isEqualTo("NATIONAL_ROUNDING");
        assertThat(rounding(germany).reference().source()).isEqualTo("https://www.gesetze-im-internet.de/sgb_6/__121.html");
        assertThat(rounding(germany).explanation().in(Locale.ENGLISH)).contains("half a cent going up");

        PensionCalculation france = of(estimate, "FR");
        assertThat(france.proRata()).isEqualTo(new BigDecimal("875.17"));
        assertThat(france.amountDue()).isEqualTo(new BigDecimal("875.17"));
        assertThat(france.rounding()).isEqualTo(PensionRounding.TRUNCATE);
        assertThat(rounding(france).code()).as("no official text found yet").isEqualTo("NATIONAL_ROUNDING_TO_CONFIRM");
        assertThat(estimate.total()).isEqualTo(new BigDecimal("1000.20"));
    }

    /** An institution that knows its own rule gives it, and it wins over what Liaison records. */
    @Test
    void aRuleGivenInTheRequestReplacesTheRecordedOne() {
        PensionEstimate estimate = germanyAndFrance(PensionRule.amounts("DE", 0, "1000.20", null)
                .withRounding(PensionRounding.HALF_EVEN));

        assertThat(of(estimate, "DE").proRata()).isEqualTo(new BigDecimal("125.02"));
        assertThat(of(estimate, "DE").rounding()).isEqualTo(PensionRounding.HALF_EVEN);
    }

    /** A state with no recorded rule keeps the half-even default, and the answer says it is a default. */
    @Test
    void aStateWithoutARecordedRuleIsRoundedHalfEvenAndSaysSo() {
        PensionEstimate estimate = estimate(List.of(period("IT", "1980-01-01", "1984-12-31"),
                period("FR", "1985-01-01", "2019-12-31")), List.of(PensionRule.amounts("IT", 0, "1000.20", null),
                PensionRule.amounts("FR", 0, "1000.20", null)));

        assertThat(of(estimate, "IT").proRata()).isEqualTo(new BigDecimal("125.02"));
        assertThat(rounding(of(estimate, "IT")).code()).isEqualTo("NATIONAL_ROUNDING_DEFAULT");
    }

    /**
     * Service-public.fr (DILA), fiche F1049 "Calcul de la retraite d'un fonctionnaire", worked example
     * (https://www.service-public.fr/particuliers/vosdroits/F1049): "Traitement indiciaire brut x 75 % x (158 / 169),
     * soit par exemple pour un traitement indiciaire brut de 3 000 €, une pension de 2 103,55 €". The same
     * proportion as a pro-rata: a theoretical €2,250.00 (3,000 × 75 %), 158 quarters (474 months) in France out of
     * 169 (507 months), the 33 other months in Germany; 2,250 × 474 / 507 = 2,103.5502… → €2,103.55 to the cent.
     */
    @Test
    void servicePublicsProportionComesOutToTheCent() {
        PensionEstimate estimate = estimate(List.of(period("DE", "1979-04-01", "1981-12-31"),
                        period("FR", "1982-01-01", "2021-06-30")),
                List.of(PensionRule.amounts("DE", 0, "100.00", null), PensionRule.amounts("FR", 0, "2250.00", null)));

        assertThat(estimate.aggregation().totalMonths()).isEqualByComparingTo("507");
        assertThat(of(estimate, "FR").proRata()).isEqualTo(new BigDecimal("2103.55"));
    }

    /**
     * Whatever the amount and the split of the career: each rule lands within a cent of the exact pro-rata, truncation
     * never above it, and truncation ≤ half-even ≤ half up (seeded, so a failure replays).
     */
    @Test
    void everyRuleStaysWithinACentOfTheExactProRataInTheRightOrder() {
        java.util.Random random = new java.util.Random(20261204L);
        for (int run = 0; run < 300; run++) {
            int germanYears = 1 + random.nextInt(20);
            BigDecimal theoretical = BigDecimal.valueOf(10_000 + random.nextInt(300_000), 2);
            List<PensionPeriod> career = List.of(period("DE", "1970-01-01", (1969 + germanYears) + "-12-31"),
                    period("FR", (1970 + germanYears) + "-01-01", "2019-12-31"));
            BigDecimal exact = theoretical.multiply(BigDecimal.valueOf(germanYears * 12L))
                    .divide(BigDecimal.valueOf(600), 20, java.math.RoundingMode.HALF_EVEN);
            java.util.Map<PensionRounding, BigDecimal> proRata = new java.util.EnumMap<>(PensionRounding.class);
            for (PensionRounding mode : PensionRounding.values()) {
                PensionEstimate estimate = estimate(career, List.of(
                        PensionRule.amounts("DE", 0, theoretical.toPlainString(), null).withRounding(mode),
                        PensionRule.amounts("FR", 0, "1000.00", null)));
                proRata.put(mode, of(estimate, "DE").proRata());
                assertThat(of(estimate, "DE").proRata().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
            assertThat(proRata.get(PensionRounding.TRUNCATE)).isLessThanOrEqualTo(exact)
                    .isLessThanOrEqualTo(proRata.get(PensionRounding.HALF_EVEN));
            assertThat(proRata.get(PensionRounding.HALF_EVEN)).isLessThanOrEqualTo(proRata.get(PensionRounding.HALF_UP));
        }
    }
}

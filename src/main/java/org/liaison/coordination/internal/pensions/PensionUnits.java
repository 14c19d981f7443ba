package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import org.liaison.coordination.pensions.PensionUnit;
import org.liaison.coordination.pensions.PensionWorkingWeek;

/**
 * Conversion between units as Reg. 987/2009 art. 13(1) does (a day is 1/5, 1/6 or 1/7 of a week, 1/22, 1/26 or 1/30
 * of a month and 1/66, 1/78 or 1/90 of a quarter, for 5-, 6- and 7-day schemes), and France's quarters (66/78/90
 * days per quarter). Results are exact to four decimals, rounded half-even; France's validated quarters are whole.
 */
public final class PensionUnits {

    /** Reg. 987/2009 art. 13(1)(c)(i): three months or thirteen weeks make a quarter. */
    static final int WEEKS_PER_QUARTER = 13;

    private PensionUnits() {
    }

    /**
     * A quantity in one unit expressed in another. Through days, the table of art. 13(1)(b) for the scheme's working
     * week; between other units, art. 13(1)(c): a quarter is 3 months or 13 weeks, and weeks and months are converted
     * through days of the 6-day scheme (6 and 26 days) whatever the working week.
     */
    public static BigDecimal convert(BigDecimal quantity, PensionUnit from, PensionUnit to, PensionWorkingWeek week) {
        PensionWorkingWeek scale = week;
        if (from != PensionUnit.DAYS && to != PensionUnit.DAYS) {
            boolean quarterAndWeeks = (from == PensionUnit.QUARTERS && to == PensionUnit.WEEKS)
                    || (from == PensionUnit.WEEKS && to == PensionUnit.QUARTERS);
            if (quarterAndWeeks) {
                return from == PensionUnit.QUARTERS
                        ? quantity.multiply(BigDecimal.valueOf(WEEKS_PER_QUARTER))
                        : quantity.divide(BigDecimal.valueOf(WEEKS_PER_QUARTER), PensionLaw.MONTHS_SCALE,
                                RoundingMode.HALF_EVEN);
            }
            scale = PensionWorkingWeek.SIX_DAY;
        }
        BigDecimal days = quantity.multiply(BigDecimal.valueOf(daysIn(from, scale)));
        return days.divide(BigDecimal.valueOf(daysIn(to, scale)), PensionLaw.MONTHS_SCALE, RoundingMode.HALF_EVEN);
    }

    /** Whole French quarters for days reported by a scheme with the given working week. */
    public static long frenchQuarters(long days, PensionWorkingWeek week) {
        return days / week.daysPerQuarter();
    }

    /**
     * French quarters of a foreign career reported as days per calendar year: whole quarters each year, at most
     * four a year (CNAV, "maximum 4 terms per calendar year").
     */
    public static long frenchQuarters(java.util.Map<Integer, Long> daysByYear, PensionWorkingWeek week) {
        return daysByYear.values().stream()
                .mapToLong(days -> Math.min(PensionLaw.MAX_FRENCH_QUARTERS_PER_YEAR, frenchQuarters(days, week)))
                .sum();
    }

    /**
     * Months of a run of consecutive days: whole calendar months, then the remaining days at 30 a month (art. 13(1),
     * 7-day scheme), so 1 January 2000 to 31 December 2020 is exactly 252 months.
     */
    static BigDecimal months(LocalDate start, LocalDate end) {
        Period length = Period.between(start, end.plusDays(1));
        LocalDate afterWholeMonths = start.plusMonths(length.toTotalMonths());
        long rest = end.toEpochDay() + 1 - afterWholeMonths.toEpochDay();
        return BigDecimal.valueOf(length.toTotalMonths()).add(BigDecimal.valueOf(rest)
                .divide(BigDecimal.valueOf(PensionLaw.DAYS_PER_MONTH_CALENDAR), PensionLaw.MONTHS_SCALE,
                        RoundingMode.HALF_EVEN));
    }

    private static int daysIn(PensionUnit unit, PensionWorkingWeek week) {
        return switch (unit) {
            case DAYS -> 1;
            case WEEKS -> week.daysPerWeek();
            case MONTHS -> week.daysPerMonth();
            case QUARTERS -> week.daysPerQuarter();
        };
    }
}

package org.liaison.coordination.pensions;

/**
 * The working week of the scheme that reports days, which fixes the conversion factors of Reg. 987/2009 art. 13(1)
 * and France's days per quarter (66, 78 or 90).
 *
 * @param daysPerWeek    days in a week of the scheme
 * @param daysPerMonth   days counted as one month (22, 26, 30)
 * @param daysPerQuarter days counted as one quarter (66, 78, 90)
 */
public enum PensionWorkingWeek {
    FIVE_DAY(5, 22, 66), SIX_DAY(6, 26, 78), SEVEN_DAY(7, 30, 90);

    private final int daysPerWeek;
    private final int daysPerMonth;
    private final int daysPerQuarter;

    PensionWorkingWeek(int daysPerWeek, int daysPerMonth, int daysPerQuarter) {
        this.daysPerWeek = daysPerWeek;
        this.daysPerMonth = daysPerMonth;
        this.daysPerQuarter = daysPerQuarter;
    }

    public int daysPerWeek() {
        return daysPerWeek;
    }

    public int daysPerMonth() {
        return daysPerMonth;
    }

    public int daysPerQuarter() {
        return daysPerQuarter;
    }
}

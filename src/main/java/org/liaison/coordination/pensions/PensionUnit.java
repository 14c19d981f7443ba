package org.liaison.coordination.pensions;

/** The unit a national institution counts periods in (Reg. 987/2009 art. 13); France counts quarters. */
public enum PensionUnit {
    DAYS, WEEKS, MONTHS, QUARTERS
}

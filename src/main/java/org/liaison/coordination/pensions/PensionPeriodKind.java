package org.liaison.coordination.pensions;

/** What a period of a career is under the legislation that credits it (Reg. 883/2004 art. 1(t)–(v), art. 6). */
public enum PensionPeriodKind {
    INSURANCE, EMPLOYMENT, SELF_EMPLOYMENT, RESIDENCE
}

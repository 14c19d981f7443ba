package org.liaison.coordination.care;

/** Reg. 883/2004 art. 65(1)–(2): a wholly unemployed person no longer has an employment relationship. */
public enum UnemploymentKind {
    WHOLLY, PARTIALLY_OR_INTERMITTENTLY
}

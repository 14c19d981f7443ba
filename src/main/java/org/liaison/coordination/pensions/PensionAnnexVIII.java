package org.liaison.coordination.pensions;

/**
 * Where a state's old-age pension stands in Annex VIII of Reg. 883/2004 (art. 52(4)–(5)), which decides whether its
 * institution makes the pro-rata calculation at all.
 */
public enum PensionAnnexVIII {
    /** Not listed: both calculations of art. 52(1) are made and the higher amount is paid (art. 52(3)). */
    NOT_LISTED,
    /** Part 1: the pro-rata calculation is waived, the national benefit never being lower (art. 52(4)). */
    PRO_RATA_WAIVED,
    /** Part 2: periods of time are of no relevance to the calculation, e.g. points schemes; no pro-rata (art. 52(5)). */
    PRO_RATA_NOT_APPLICABLE
}

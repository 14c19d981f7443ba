package org.liaison.coordination.pensions;

/**
 * Where a pension estimate stands as a whole: every state's amount worked out, or a state still needing a fact
 * (e.g. whether its benefit is listed in Annex VIII of Reg. 883/2004, art. 52(4)–(5)) or an officer's assessment.
 */
public enum PensionEstimateStatus {
    ESTIMATED, NEEDS_INFORMATION, NEEDS_ASSESSMENT
}

package org.liaison.coordination.care;

/**
 * Unemployment across borders (Reg. 883/2004 art. 61–65): which state pays, the PD U2 export of the benefit and the
 * reimbursement between states for frontier workers.
 */
public interface UnemploymentCoordination {

    UnemploymentAssessment assess(UnemploymentClaim claim);
}

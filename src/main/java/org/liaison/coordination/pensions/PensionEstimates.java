package org.liaison.coordination.pensions;

/**
 * Estimates the old-age pensions of a career spread over several states (Reg. 883/2004 art. 50–58, France's
 * bilateral conventions). Plain Java: the answer lists the request's problems instead of throwing.
 */
@FunctionalInterface
public interface PensionEstimates {

    PensionEstimate estimate(PensionRequest request);
}

package org.liaison.coordination.care;

import java.time.LocalDate;

/**
 * A jobseeker going to another state to seek work (Reg. 883/2004 art. 64).
 *
 * @param registeredFrom         date of registration as jobseeker with the paying state's employment services
 * @param departure              date the person ceased to be available to those services
 * @param registeredInNewState   date of registration in the state of destination, or {@code null} if not yet
 * @param destinationState       the state where the person seeks work
 * @param extensionRequested     whether an extension beyond 3 months is asked (up to 6 months, art. 64(1)(c))
 */
public record UnemploymentExportRequest(LocalDate registeredFrom, LocalDate departure, LocalDate registeredInNewState,
                                        String destinationState, boolean extensionRequested) {
}

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
 * @param entitlementMonths      the whole length of the entitlement the paying state granted, in months, or
 *                               {@code null} when not stated (art. 64(1)(c): the export never goes beyond it)
 * @param monthsAlreadyDrawn     months of benefit already drawn before leaving, or {@code null} (none)
 * @param extensionGrantedMonths the export period the paying services granted once extended, in months in all
 *                               (e.g. 6), or {@code null} when no extension was granted
 * @param returned               the day the person came back to the paying state's employment services, or
 *                               {@code null} when not back (yet)
 */
public record UnemploymentExportRequest(LocalDate registeredFrom, LocalDate departure, LocalDate registeredInNewState,
                                        String destinationState, boolean extensionRequested,
                                        Integer entitlementMonths, Integer monthsAlreadyDrawn,
                                        Integer extensionGrantedMonths, LocalDate returned) {

    /** A request that says nothing of the entitlement, of an extension granted or of a return. */
    public UnemploymentExportRequest(LocalDate registeredFrom, LocalDate departure, LocalDate registeredInNewState,
                                     String destinationState, boolean extensionRequested) {
        this(registeredFrom, departure, registeredInNewState, destinationState, extensionRequested, null, null, null,
                null);
    }
}

package org.liaison.coordination.care;

import java.time.LocalDate;

/**
 * The export of unemployment benefits with PD U2 (Reg. 883/2004 art. 64), all dates included. The months come from
 * the registry's dated facts of the instrument that governs; unknown months leave their dates {@code null}.
 *
 * @param from                 first day of export (the day the person left the services of the paying state)
 * @param months               the export period in months, or {@code null} when the registry does not give it
 * @param until                last day of the export, or {@code null} when the months are unknown
 * @param maxMonths            the longest export after an extension, or {@code null} when unknown
 * @param latestExtendedUntil  last day if the paying institution extends the export, or {@code null} when unknown
 * @param registerBy           last day to register with the employment services of the new state (7 days)
 * @param grantedMonths        the export period actually granted: {@code months}, or the extension granted
 * @param exportedUntil        last day benefits are exported: the end of the period granted, or earlier when the
 *                             entitlement runs out before (art. 64(1)(c)); {@code null} when unknown
 * @param entitlementEnds      last day of the entitlement if drawn without a break, or {@code null} when the
 *                             request does not state it
 * @param returnOutcome        what the return does to the entitlement (art. 64(2))
 * @param paidAfterReturnUntil after a return in time, the last day of the entitlement left, or {@code null}
 */
public record UnemploymentExport(String destinationState, LocalDate from, Integer months, LocalDate until,
                                 Integer maxMonths, LocalDate latestExtendedUntil, LocalDate registerBy,
                                 Integer grantedMonths, LocalDate exportedUntil, LocalDate entitlementEnds,
                                 UnemploymentReturn returnOutcome, LocalDate paidAfterReturnUntil) {

    /** An export whose period is not known (or not granted): nothing about the entitlement or the return. */
    public UnemploymentExport(String destinationState, LocalDate from, Integer months, LocalDate until,
                              Integer maxMonths, LocalDate latestExtendedUntil, LocalDate registerBy) {
        this(destinationState, from, months, until, maxMonths, latestExtendedUntil, registerBy, months, until, null,
                UnemploymentReturn.NOT_STATED, null);
    }
}

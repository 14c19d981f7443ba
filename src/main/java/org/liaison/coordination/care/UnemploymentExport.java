package org.liaison.coordination.care;

import java.time.LocalDate;

/**
 * The export of unemployment benefits with PD U2 (Reg. 883/2004 art. 64), all dates included.
 *
 * @param from                 first day of export (the day the person left the services of the paying state)
 * @param until                last day of the 3-month export
 * @param latestExtendedUntil  last day if the paying institution extends the export to 6 months
 * @param registerBy           last day to register with the employment services of the new state (7 days)
 */
public record UnemploymentExport(String destinationState, LocalDate from, LocalDate until,
                                 LocalDate latestExtendedUntil, LocalDate registerBy) {
}

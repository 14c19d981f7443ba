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
 */
public record UnemploymentExport(String destinationState, LocalDate from, Integer months, LocalDate until,
                                 Integer maxMonths, LocalDate latestExtendedUntil, LocalDate registerBy) {
}

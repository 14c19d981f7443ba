package org.liaison.coordination.care;

import java.time.LocalDate;

/**
 * A period of insurance, employment or self-employment counted for unemployment benefits (certified on PD U1),
 * both dates included. Validated by the engine, not here, so that bad input becomes a list of problems.
 *
 * @param state ISO 3166-1 alpha-2 code of the state under whose legislation the period was completed
 */
public record UnemploymentPeriod(String state, LocalDate from, LocalDate to) {
}

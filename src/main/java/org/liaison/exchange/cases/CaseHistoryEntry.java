package org.liaison.exchange.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's history: what was done, by whom, when. Codes and ids only, never an SED's content.
 *
 * @param action upper-case code, e.g. {@code CASE_CREATED}, {@code SED_SENT}, {@code SED_RECEIVED}, {@code ROUTED}
 * @param detail a code or an id completing the action (the SED type, the institution routed to…)
 */
public record CaseHistoryEntry(Instant at, String actor, String action, @Nullable String sedId, @Nullable String detail) {
}

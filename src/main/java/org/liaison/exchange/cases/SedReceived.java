package org.liaison.exchange.cases;

import org.jspecify.annotations.Nullable;

/**
 * An SED arrived and was stored. {@code localInstitution} is the French institution it was routed to, or null when
 * it waits in the liaison officers' queue.
 */
public record SedReceived(String caseId, String sedId, String sedType, String bucType, String sender,
                          @Nullable String localInstitution) {
}

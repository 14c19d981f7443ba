package org.liaison.exchange.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A transfer of a case from the French institution holding it to another: asked for (by the holder's agent or a
 * liaison officer, with a reason), then done by a liaison officer. The institution the case left keeps seeing it.
 *
 * @param to            {@code null} while the transfer waits for an officer
 * @param transferredAt {@code null} while the transfer waits for an officer
 */
public record CaseTransfer(String caseId, String from, TransferReason reason, Instant requestedAt, String requestedBy,
                           @Nullable String to, @Nullable Instant transferredAt, @Nullable String transferredBy) {

    public boolean pending() {
        return transferredAt == null;
    }
}

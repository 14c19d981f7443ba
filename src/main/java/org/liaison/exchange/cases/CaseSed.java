package org.liaison.exchange.cases;

import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.CaseRole;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One SED of a case, without its content (reading the content is a separate, audited call).
 *
 * @param action      the action that sent it ({@code SEND} for a business SED, else the administrative action)
 * @param outgoing    true when this node sent it, false when it was received
 * @param contentHash SHA-256 of the content as exchanged (hex)
 * @param attachments how many files come with it
 */
public record CaseSed(String id, String type, String version, BucActionKind action, boolean outgoing,
                      CaseRole senderRole, String sender, String receiver, @Nullable String inReplyTo,
                      @Nullable String participant, BucSedState state, LocalDate date, Instant at, String messageId,
                      String contentHash, int attachments) {
}

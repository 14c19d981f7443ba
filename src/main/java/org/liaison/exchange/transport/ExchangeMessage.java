package org.liaison.exchange.transport;

import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.SedAttachment;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What travels between two nodes: one SED of a case with its envelope (the case, the BUC, who sends it to whom and
 * in reply to what) and its attachments. The message id is unique and makes the receipt idempotent.
 *
 * @param action        {@code SEND} or the administrative action the SED carries
 * @param participants  the case's participants as the sender knows them (the receiver of a new case takes them)
 * @param contentHash   SHA-256 of {@code content} (hex), checked on receipt
 * @param date          the day the SED was sent (for a replay, the day it was first sent)
 * @param replay        the history of the case sent by its owner's access point to an institution just added
 *                      (ADD_PARTICIPANT, X005): the SED as first sent, by whoever sent it, so that the new
 *                      participant holds the whole case; accepted only from the case owner's access point
 */
public record ExchangeMessage(String messageId, String caseId, String bucType, String version,
                              ExchangeEnvironment environment, String sender, String senderAccessPoint,
                              String receiver, String receiverAccessPoint, CaseRole senderRole, String sedId,
                              String sedType, BucActionKind action, @Nullable String inReplyTo,
                              @Nullable String participant, List<BucParticipant> participants, String content,
                              String contentHash, List<SedAttachment> attachments, LocalDate date, Instant sentAt,
                              boolean replay) {

    public ExchangeMessage {
        participants = List.copyOf(participants);
        attachments = List.copyOf(attachments);
    }

    /** A message as first sent (not a replay). */
    public ExchangeMessage(String messageId, String caseId, String bucType, String version,
                           ExchangeEnvironment environment, String sender, String senderAccessPoint, String receiver,
                           String receiverAccessPoint, CaseRole senderRole, String sedId, String sedType,
                           BucActionKind action, @Nullable String inReplyTo, @Nullable String participant,
                           List<BucParticipant> participants, String content, String contentHash,
                           List<SedAttachment> attachments, LocalDate date, Instant sentAt) {
        this(messageId, caseId, bucType, version, environment, sender, senderAccessPoint, receiver, receiverAccessPoint,
                senderRole, sedId, sedType, action, inReplyTo, participant, participants, content, contentHash,
                attachments, date, sentAt, false);
    }
}

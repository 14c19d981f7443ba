package org.liaison.exchange.web.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.SedAttachment;
import tools.jackson.databind.JsonNode;

/** What the cases API reads and writes: plain JSON shapes, ids and codes as strings. */
final class CaseApiViews {

    private CaseApiViews() {
    }

    @Schema(description = "A new case opened as case owner, with its starting SED")
    record Opening(@Schema(example = "LA_BUC_04") @Nullable String bucType,
                   @Schema(description = "Data-model version (default: the newest)", example = "4.3") @Nullable String version,
                   @Schema(description = "The French institution opening the case", example = "FR:CLEISS") @Nullable String owner,
                   @Schema(description = "The foreign institution addressed", example = "DE:DVKA") @Nullable String counterparty,
                   @Schema(example = "A009") @Nullable String sedType,
                   @Schema(description = "The SED: a JSON object, or its text as a string") @Nullable JsonNode content,
                   @Nullable List<Attachment> attachments) {
    }

    @Schema(description = "An SED to send in a case, or an administrative action (CLOSE_GLOBALLY, REOPEN, REMINDER…)")
    record Submission(@Schema(description = "SEND (default) or an administrative action", example = "SEND") @Nullable String action,
                      @Schema(example = "A011") @Nullable String sedType,
                      @Schema(description = "The id of the SED answered or acted on") @Nullable String inReplyTo,
                      @Schema(description = "For adding or removing a participant: its id") @Nullable String participant,
                      @Schema(description = "The SED: a JSON object, or its text; optional for an administrative action")
                      @Nullable JsonNode content,
                      @Nullable List<Attachment> attachments) {
    }

    @Schema(description = "A file sent with an SED")
    record Attachment(@Nullable String fileName, @Nullable String mediaType,
                      @Schema(description = "The bytes, base64") @Nullable String content) {

        SedAttachment toAttachment() {
            byte[] bytes;
            try {
                bytes = content == null ? new byte[0] : Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                bytes = new byte[0];
            }
            return new SedAttachment(fileName == null ? "" : fileName, mediaType == null ? "" : mediaType, bytes);
        }
    }

    record Case(String id, String bucType, String version, String environment, String nodeRole, String owner,
                @Nullable String localInstitution, String status, LocalDate statusSince, LocalDate createdOn,
                LocalDate lastActivity, @Nullable LocalDate inactiveOn, @Nullable LocalDate archiveOn,
                List<BucParticipant> participants, List<Sed> seds, List<Deadline> deadlines) {

        static Case of(ExchangeCase c) {
            return new Case(c.id(), c.bucType().code(), c.version(), c.environment().name(), c.nodeRole().name(),
                    c.ownerInstitution(), c.localInstitution(), c.status().name(), c.statusSince(), c.createdOn(),
                    c.lastActivity(), c.inactiveOn(), c.archiveOn(), c.participants(),
                    c.seds().stream().map(Sed::of).toList(), c.deadlines().stream().map(Deadline::of).toList());
        }
    }

    record Sed(String id, String type, String action, String direction, String sender, String receiver,
               @Nullable String inReplyTo, String state, LocalDate date, Instant at, String messageId,
               String contentHash, int attachments) {

        static Sed of(CaseSed s) {
            return new Sed(s.id(), s.type(), s.action().name(), s.outgoing() ? "OUT" : "IN", s.sender(), s.receiver(),
                    s.inReplyTo(), s.state().name(), s.date(), s.at(), s.messageId(), s.contentHash(), s.attachments());
        }
    }

    record Deadline(String sedId, String sedType, String awaitedFrom, List<String> replyTypes, LocalDate dueBy) {

        static Deadline of(BucDeadline d) {
            return new Deadline(d.sedId(), d.sedType(), d.awaitedFrom().name(), d.replyTypes(), d.dueBy());
        }
    }

    record History(Instant at, String actor, String action, @Nullable String sedId, @Nullable String detail) {

        static History of(CaseHistoryEntry e) {
            return new History(e.at(), e.actor(), e.action(), e.sedId(), e.detail());
        }
    }
}

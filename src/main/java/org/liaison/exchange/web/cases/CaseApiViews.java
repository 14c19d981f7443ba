package org.liaison.exchange.web.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.SedAttachment;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import tools.jackson.databind.JsonNode;

/** What the cases API reads and writes: plain JSON shapes, ids and codes as strings. */
final class CaseApiViews {

    private CaseApiViews() {
    }

    /** How the API documents an SED's content: an object whose shape is the SED's own JSON Schema. */
    static final String SED_CONTENT = "The SED document, a JSON object valid against the SED's JSON Schema for the "
            + "case's data-model version: GET /api/v1/exchange/seds/{sedType}/schema?version={version}. (Its text in a "
            + "JSON string is read too.)";

    @Schema(name = "CaseOpening", description = "A new case opened as case owner, with its starting SED")
    record Opening(@Schema(example = "LA_BUC_04") @Nullable String bucType,
                   @Schema(description = "Data-model version (default: the newest)", example = "4.3") @Nullable String version,
                   @Schema(description = "The French institution opening the case", example = "FR:CLEISS") @Nullable String owner,
                   @Schema(description = "The foreign institution addressed", example = "DE:DVKA") @Nullable String counterparty,
                   @Schema(example = "A009") @Nullable String sedType,
                   @Schema(type = "object", implementation = Object.class, description = SED_CONTENT) @Nullable JsonNode content,
                   @Nullable List<Attachment> attachments) {
    }

    @Schema(name = "CaseSubmission", description = "An SED to send in a case, or an administrative action on it")
    record Submission(@Schema(description = "SEND an SED (the default) or an administrative action",
                              implementation = BucActionKind.class, example = "SEND") @Nullable String action,
                      @Schema(example = "A011") @Nullable String sedType,
                      @Schema(description = "The id of the SED answered or acted on") @Nullable String inReplyTo,
                      @Schema(description = "For adding or removing a participant: its id") @Nullable String participant,
                      @Schema(type = "object", implementation = Object.class,
                              description = SED_CONTENT + " Optional for an administrative action.") @Nullable JsonNode content,
                      @Nullable List<Attachment> attachments) {
    }

    @Schema(name = "SedAttachment", description = "A file sent with an SED")
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

    @Schema(name = "ExchangeCase")
    record Case(String id, String bucType, String version, ExchangeEnvironment environment, CaseRole nodeRole, String owner,
                @Nullable String localInstitution, BucCaseStatus status, LocalDate statusSince, LocalDate createdOn,
                LocalDate lastActivity, @Nullable LocalDate inactiveOn, @Nullable LocalDate archiveOn,
                List<BucParticipant> participants, List<Sed> seds, List<Deadline> deadlines) {

        static Case of(ExchangeCase c) {
            return new Case(c.id(), c.bucType().code(), c.version(), c.environment(), c.nodeRole(),
                    c.ownerInstitution(), c.localInstitution(), c.status(), c.statusSince(), c.createdOn(),
                    c.lastActivity(), c.inactiveOn(), c.archiveOn(), c.participants(),
                    c.seds().stream().map(Sed::of).toList(), c.deadlines().stream().map(Deadline::of).toList());
        }
    }

    /** Whether an SED was sent by this node or received by it. */
    enum Direction { IN, OUT }

    @Schema(name = "CaseSed")
    record Sed(String id, String type, BucActionKind action, Direction direction, String sender, String receiver,
               @Nullable String inReplyTo, BucSedState state, LocalDate date, Instant at, String messageId,
               String contentHash, int attachments) {

        static Sed of(CaseSed s) {
            return new Sed(s.id(), s.type(), s.action(), s.outgoing() ? Direction.OUT : Direction.IN, s.sender(),
                    s.receiver(), s.inReplyTo(), s.state(), s.date(), s.at(), s.messageId(), s.contentHash(),
                    s.attachments());
        }
    }

    @Schema(name = "CaseDeadline")
    record Deadline(String sedId, String sedType, CaseRole awaitedFrom, List<String> replyTypes, LocalDate dueBy) {

        static Deadline of(BucDeadline d) {
            return new Deadline(d.sedId(), d.sedType(), d.awaitedFrom(), d.replyTypes(), d.dueBy());
        }
    }

    @Schema(name = "CaseHistoryEntry")
    record History(Instant at, String actor, String action, @Nullable String sedId, @Nullable String detail) {

        static History of(CaseHistoryEntry e) {
            return new History(e.at(), e.actor(), e.action(), e.sedId(), e.detail());
        }
    }
}

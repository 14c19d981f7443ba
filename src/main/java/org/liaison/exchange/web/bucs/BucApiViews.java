package org.liaison.exchange.web.bucs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucAdminRule;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucLifecycle;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSedRule;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.BucTimeLimits;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.shared.LocalizedText;

/** The JSON shapes of the BUC API. */
final class BucApiViews {

    private BucApiViews() {
    }

    /** The BUCs of one data-model version. */
    record BucList(String version, List<String> versions, List<BucSummary> bucs) {
    }

    /** One BUC in a list: its code, sector, title and starting SEDs. */
    record BucSummary(String type, String sector, LocalizedText title, List<String> starters) {
        static BucSummary of(BucDefinition d) {
            return new BucSummary(d.type().code(), d.sector(), d.title(), d.starters());
        }
    }

    /** One BUC's definition: its flow, administrative actions and periods (days). */
    record BucDetail(String type, String version, String sector, LocalizedText title, String legalBasis, String source,
                     List<String> starters, List<SedRule> seds, List<AdminRule> administrative, BucTimeLimits limits) {
        static BucDetail of(BucDefinition d) {
            return new BucDetail(d.type().code(), d.version(), d.sector(), d.title(), d.legalBasis(), d.source(), d.starters(),
                    d.seds().stream().map(SedRule::of).toList(), d.administrative().stream().map(AdminRule::of).toList(),
                    d.limits());
        }
    }

    /** A business SED of the flow. */
    record SedRule(String sed, List<CaseRole> by, List<String> replyTo, boolean replyRequired, boolean once, boolean closes) {
        static SedRule of(BucSedRule r) {
            return new SedRule(r.sed(), sorted(r.by()), r.replyTo(), r.replyRequired(), r.once(), r.closes());
        }
    }

    /** An administrative action allowed throughout. */
    record AdminRule(BucActionKind action, @Nullable String sed, List<CaseRole> by, boolean whenClosed, List<String> replyTo,
                     boolean onlyWhenOverdue) {
        static AdminRule of(BucAdminRule r) {
            return new AdminRule(r.action(), r.sed(), sorted(r.by()), r.whenClosed(), r.targetTypes(), r.onlyWhenOverdue());
        }
    }

    /**
     * The engine's answer: the verdict on the action, the status of the case on the action's day, what the acting side
     * may do that day, the replies awaited and the case's closing, inactivity and archiving dates.
     */
    record CheckResult(BucVerdict verdict, BucCaseStatus statusOnActionDay, List<BucAction> nextActions,
                       List<BucDeadline> deadlines, Lifecycle lifecycle) {
    }

    /** The dates of the case from its last activity. */
    record Lifecycle(LocalDate lastActivity, @Nullable LocalDate autoCloseOn, @Nullable LocalDate inactiveOn,
                     @Nullable LocalDate archiveOn, int inactivityDays, int archiveDays) {
        static Lifecycle of(BucLifecycle l) {
            return new Lifecycle(l.lastActivity(), l.autoCloseOn(), l.inactiveOn(), l.archiveOn(), l.inactivityDays(),
                    l.archiveDays());
        }
    }

    static List<CaseRole> sorted(Collection<CaseRole> roles) {
        return roles.stream().sorted().toList();
    }

    /**
     * The body of a check as the API reads it (the parser reads it field by field, to report every problem with its
     * JSON path; this record only documents it).
     */
    @Schema(name = "BucCheckRequest", description = "A case as it stands and the action proposed on it")
    record CheckRequest(@Schema(description = "Data-model version (default: the newest)", example = "4.3") @Nullable String version,
                        @Schema(name = "case", requiredMode = Schema.RequiredMode.REQUIRED) CheckedCase snapshot,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProposedAction action) {
    }

    @Schema(name = "BucCheckedCase", description = "The case: its status, when it was created, who takes part, the SEDs so far")
    record CheckedCase(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) BucCaseStatus status,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-02") LocalDate createdOn,
                       @Schema(description = "Since when it has this status (default: its creation)") @Nullable LocalDate statusSince,
                       List<BucParticipant> participants, List<CheckedSed> seds) {
    }

    @Schema(name = "BucCheckedSed", description = "An SED of the case")
    record CheckedSed(@Schema(example = "1") String id, @Schema(example = "A001") String type, CaseRole sender,
                      @Schema(description = "The id of the SED it answers") @Nullable String inReplyTo,
                      BucSedState state, @Schema(example = "2026-03-02") LocalDate date) {
    }

    @Schema(name = "BucProposedAction", description = "What a side proposes to do, and on which day")
    record ProposedAction(BucActionKind kind, CaseRole by,
                          @Schema(description = "The SED sent (required for SEND)", example = "A011") @Nullable String sed,
                          @Schema(description = "The id of the SED answered or acted on", example = "1") @Nullable String target,
                          @Schema(description = "For adding or removing a participant: its IR id") @Nullable String participant,
                          @Schema(example = "2026-03-20") LocalDate on) {
    }
}

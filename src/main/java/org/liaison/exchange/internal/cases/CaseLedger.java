package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucLifecycle;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.cases.CaseClosed;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.SedAttachment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what an allowed action does to a case, the same on the sending and the receiving node: the SED stored,
 * the participant added or removed, the SED invalidated, the new status, then the deadlines, inactivity and
 * archiving dates the BUC engine computes from the case as it now stands. Every change of status (closing, reopening,
 * inactivity, archiving, locally or not) is audited here, whoever caused it: a user, a received SED or a job.
 */
@Component
class CaseLedger {

    private final CaseStore cases;
    private final SedStore seds;
    private final DeadlineStore deadlines;
    private final BucEngine engine;
    private final ApplicationEventPublisher events;
    private final ExchangeClock clock;
    private final AuditTrail audit;

    CaseLedger(CaseStore cases, SedStore seds, DeadlineStore deadlines, BucEngine engine,
               ApplicationEventPublisher events, ExchangeClock clock, AuditTrail audit) {
        this.cases = cases;
        this.seds = seds;
        this.deadlines = deadlines;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** Stores the SED and applies its action; {@code resulting} is the status the BUC engine gave. */
    CaseRow record(CaseRow c, CaseSed sed, String content, List<SedAttachment> files,
                   @Nullable BucCaseStatus resulting, String actor) {
        seds.insert(c.id(), sed, content, files, actor);
        if (sed.action() == BucActionKind.ADD_PARTICIPANT && sed.participant() != null) {
            cases.addParticipant(c.id(), new BucParticipant(sed.participant(), CaseRole.COUNTERPARTY), clock.instant());
        } else if (sed.action() == BucActionKind.REMOVE_PARTICIPANT && sed.participant() != null) {
            cases.removeParticipant(c.id(), sed.participant(), clock.instant());
        } else if (sed.action() == BucActionKind.INVALIDATE && sed.inReplyTo() != null) {
            seds.invalidate(c.id(), sed.inReplyTo());
        }
        String reason = sed.action() == BucActionKind.SEND ? "closing-sed:" + sed.type() : sed.action().name();
        return settle(c, resulting, reason);
    }

    /** Sets the status (if not null) and recomputes the deadlines and the lifecycle dates of the case. */
    CaseRow settle(CaseRow c, @Nullable BucCaseStatus resulting, String reason) {
        LocalDate today = clock.today();
        BucCaseStatus status = resulting == null ? c.status() : resulting;
        LocalDate since = status != c.status() ? today : c.statusSince();
        CaseRow changed = new CaseRow(c.id(), c.bucType(), c.version(), c.environment(), c.nodeRole(), c.owner(),
                c.localInstitution(), status, since, c.createdOn(), c.lastActivity(), c.inactiveOn(), c.archiveOn());
        BucCaseState state = Snapshots.of(changed, cases.participants(c.id()), seds.ofCase(c.id()));
        BucLifecycle lifecycle = engine.lifecycle(state);
        if (status == BucCaseStatus.OPEN) {
            deadlines.replace(c.id(), engine.deadlines(state));
        } else {
            deadlines.clear(c.id());
        }
        CaseRow settled = new CaseRow(c.id(), c.bucType(), c.version(), c.environment(), c.nodeRole(), c.owner(),
                c.localInstitution(), status, since, c.createdOn(), lifecycle.lastActivity(), lifecycle.inactiveOn(),
                lifecycle.archiveOn());
        cases.update(settled, clock.instant());
        if (status != c.status()) {
            cases.record(c.id(), clock.instant(), "system", "STATUS_" + status.name(), null, reason);
            audit.record(AuditEvent.of("CASE_STATUS_CHANGED", "EXCHANGE_CASE", c.id()).with("from", c.status().name())
                    .with("to", status.name()).with("reason", reason));
            if (status.isClosed() && !c.status().isClosed()) {
                events.publishEvent(new CaseClosed(c.id(), c.bucType().code(), status, reason));
            }
        }
        return settled;
    }
}

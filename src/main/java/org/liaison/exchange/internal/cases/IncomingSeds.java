package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.BucVerdict;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.cases.SedReceived;
import org.liaison.exchange.transport.TransportReceipt;
import org.liaison.exchange.internal.routing.Routing;
import org.liaison.exchange.internal.routing.RoutingDecision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives an SED from another node. A message id already stored is acknowledged as a duplicate and not stored
 * again. Otherwise the same checks as for sending (hash, environment, institutions, schema, BUC engine with the
 * sender's side); a refusal stores nothing and goes back to the sender with every problem. A new case is routed
 * to the competent French institution, or to the liaison officers' queue. The history of a case replayed to an
 * institution just added (see {@link ReplayChecks}) is received the same way, the first replay opening the case.
 */
@Component
class IncomingSeds {

    private final CaseStore cases;
    private final SedStore seds;
    private final BucDefinitions definitions;
    private final BucEngine engine;
    private final InstitutionChecks institutions;
    private final ReplayChecks replayChecks;
    private final ContentChecks contents;
    private final CaseLedger ledger;
    private final Routing routing;
    private final ExchangeNode node;
    private final ExchangeClock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    IncomingSeds(CaseStore cases, SedStore seds, BucDefinitions definitions, BucEngine engine,
                 InstitutionChecks institutions, ReplayChecks replayChecks, ContentChecks contents, CaseLedger ledger,
                 Routing routing, ExchangeNode node, ExchangeClock clock, ApplicationEventPublisher events,
                 AuditTrail audit) {
        this.cases = cases;
        this.seds = seds;
        this.definitions = definitions;
        this.engine = engine;
        this.institutions = institutions;
        this.replayChecks = replayChecks;
        this.contents = contents;
        this.ledger = ledger;
        this.routing = routing;
        this.node = node;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    TransportReceipt receive(ExchangeMessage m) {
        if (seds.hasMessage(m.messageId()) || m.replay() && seds.content(m.caseId(), m.sedId()).isPresent()) {
            // a replay of an SED this node holds already (by its first message or an earlier replay) adds nothing
            return TransportReceipt.duplicate(m.messageId());
        }
        LocalDate today = clock.today();
        List<CaseProblem> problems = new ArrayList<>();
        if (!Hashes.sha256(m.content()).equals(m.contentHash())) {
            problems.add(CaseTexts.problem("$.contentHash", "content.hash", null));
        }
        if (m.environment() != node.environment()) {
            problems.add(CaseTexts.problem("$.environment", "environment", "eessi.md §6.6", m.environment(),
                    node.environment()));
        }
        // a replayed SED was sent on its own date, by an institution maybe out of service since
        problems.addAll(institutions.check("$.sender", m.sender(), m.replay() ? m.date() : today, false));
        problems.addAll(institutions.check("$.receiver", m.receiver(), today, true));
        problems.addAll(contents.content(m.sedType(), m.version(), m.content()));
        problems.addAll(contents.attachments(m.attachments()));
        Optional<CaseRow> existing = cases.lock(m.caseId());
        if (m.replay()) {
            problems.addAll(replayChecks.fromOwner(m, existing.map(CaseRow::owner)));
        }
        BucCaseState state;
        if (existing.isPresent()) {
            state = Snapshots.of(existing.get(), replayChecks.judged(m, cases.participants(m.caseId())),
                    seds.ofCase(m.caseId()));
        } else {
            Optional<BucDefinition> definition = BucType.isValid(m.bucType())
                    ? definitions.find(BucType.of(m.bucType()), m.version()) : Optional.empty();
            if (definition.isEmpty() || m.senderRole() != CaseRole.CASE_OWNER) {
                problems.add(CaseTexts.problem("$.caseId", "case.unknown", null, m.caseId()));
                throw new CaseRefusedException(CaseRefusedException.Kind.INVALID, problems);
            }
            state = BucCaseState.opened(definition.get().type(), m.version(), today, m.participants());
        }
        BucAction action = m.action() == BucActionKind.SEND
                ? new BucAction(BucActionKind.SEND, m.senderRole(), m.sedType(), m.inReplyTo(), null, today)
                : new BucAction(m.action(), m.senderRole(), null, m.inReplyTo(), m.participant(), today);
        BucVerdict verdict = engine.check(state, action);
        if (!verdict.allowed()) {
            problems.add(OutgoingCases.problem("$.sedType", verdict));
        }
        if (!problems.isEmpty()) {
            throw new CaseRefusedException(CaseRefusedException.Kind.INVALID, problems);
        }
        CaseRow c = existing.orElseGet(() -> openReceived(m, today));
        CaseSed sed = new CaseSed(m.sedId(), m.sedType(), m.version(), m.action(), false, m.senderRole(), m.sender(),
                m.receiver(), m.inReplyTo(), m.participant(), BucSedState.RECEIVED, m.date(), clock.instant(),
                m.messageId(), m.contentHash(), m.attachments().size());
        CaseRow after = ledger.record(c, sed, m.content(), m.attachments(), verdict.resultingStatus(), actor(m));
        cases.record(c.id(), clock.instant(), actor(m), "SED_RECEIVED", m.sedId(), m.sedType() + " ← " + m.sender()
                + (m.replay() ? " (replay, " + m.date() + ")" : ""));
        AuditEvent received = AuditEvent.of("SED_RECEIVED", "EXCHANGE_CASE", c.id()).with("sed", m.sedId())
                .with("type", m.sedType()).with("message", m.messageId()).by(actor(m));
        audit.record(m.replay() ? received.with("replay", m.date().toString()) : received);
        events.publishEvent(new SedReceived(c.id(), m.sedId(), m.sedType(), m.bucType(), m.sender(),
                after.localInstitution()));
        return TransportReceipt.accepted(m.messageId());
    }

    private CaseRow openReceived(ExchangeMessage m, LocalDate today) {
        BucType type = BucType.of(m.bucType());
        RoutingDecision routed = routing.route(m.bucType(), type.sector(), m.receiver(), node.liaisonInstitution(),
                m.content());
        CaseRow row = new CaseRow(m.caseId(), type, m.version(), m.environment(), CaseRole.COUNTERPARTY, m.sender(),
                routed.institution(), BucCaseStatus.OPEN, today, today, today, null, null);
        cases.insert(row, clock.instant());
        m.participants().forEach(p -> cases.addParticipant(m.caseId(), p, clock.instant()));
        cases.record(m.caseId(), clock.instant(), actor(m), "CASE_RECEIVED", null, m.bucType() + " " + m.version());
        cases.record(m.caseId(), clock.instant(), "system", routed.queued() ? "QUEUED" : "ROUTED", null,
                routed.queued() ? routed.reason() : routed.institution() + " (" + routed.reason() + ")");
        return row;
    }

    private static String actor(ExchangeMessage m) {
        return "ap:" + m.senderAccessPoint();
    }
}

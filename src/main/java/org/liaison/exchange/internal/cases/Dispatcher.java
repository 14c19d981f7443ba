package org.liaison.exchange.internal.cases;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.cases.SedAttachment;
import org.liaison.exchange.cases.SedSent;
import org.liaison.exchange.internal.transport.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends an allowed SED: stores it, applies its action and writes one outbox message per receiving node, all in the
 * caller's transaction (so nothing leaves that was not stored, and nothing stored is left unsent). An X005 adding
 * an institution whose node does not hold the case is preceded there by the case's history ({@link CaseHistoryReplay}).
 */
@Component
class Dispatcher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseStore cases;
    private final SedStore seds;
    private final CaseLedger ledger;
    private final CaseHistoryReplay replay;
    private final Outbox outbox;
    private final InstitutionChecks institutions;
    private final ExchangeNode node;
    private final ExchangeClock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    Dispatcher(CaseStore cases, SedStore seds, CaseLedger ledger, CaseHistoryReplay replay, Outbox outbox,
               InstitutionChecks institutions, ExchangeNode node, ExchangeClock clock, ApplicationEventPublisher events,
               AuditTrail audit) {
        this.cases = cases;
        this.seds = seds;
        this.ledger = ledger;
        this.replay = replay;
        this.outbox = outbox;
        this.institutions = institutions;
        this.node = node;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /** What to send: the action, its SED and content. */
    record Outgoing(BucActionKind action, String sedType, @Nullable String inReplyTo, @Nullable String participant,
                    String content, List<SedAttachment> attachments, @Nullable BucCaseStatus resulting) {
    }

    CaseRow send(CaseRow c, Outgoing out, String actor) {
        List<BucParticipant> participants = cases.participants(c.id());
        CaseRole otherSide = c.nodeRole().other();
        List<String> before = participants.stream().filter(p -> p.role() == otherSide)
                .map(BucParticipant::institution).filter(id -> !isOurs(id)).toList();
        // an X005 reaches the institution it adds too; an X006 still reaches the one it removes (not afterwards)
        List<String> receivers = new ArrayList<>(before);
        String added = out.action() == BucActionKind.ADD_PARTICIPANT ? out.participant() : null;
        if (added != null && !isOurs(added) && !receivers.contains(added)) {
            receivers.add(added);
        }
        if (receivers.isEmpty()) {
            throw new IllegalStateException("a case without another side: " + c.id());
        }
        List<CaseSed> history = added == null ? List.of() : seds.ofCase(c.id());
        String sender = ours(c, participants);
        LocalDate today = clock.today();
        Instant now = clock.instant();
        String sedId = "SED-" + token(12);
        String messageId = "MSG-" + token(16);
        String hash = Hashes.sha256(out.content());
        CaseSed sed = new CaseSed(sedId, out.sedType(), c.version(), out.action(), true, c.nodeRole(), sender,
                receivers.get(0), out.inReplyTo(), out.participant(), BucSedState.SENT, today, now, messageId, hash,
                out.attachments().size());
        CaseRow after = ledger.record(c, sed, out.content(), out.attachments(), out.resulting(), actor);
        List<BucParticipant> known = cases.participants(c.id());
        Map<String, String> nodes = nodes(receivers);
        Set<String> holding = before.stream().map(institutions::accessPoint).collect(Collectors.toSet());
        int i = 0;
        for (Map.Entry<String, String> target : nodes.entrySet()) {
            String receiver = target.getValue();
            if (receiver.equals(added) && !holding.contains(target.getKey())) {
                sendHistory(c, history, receiver, known, actor, now);
            }
            outbox.write(new ExchangeMessage(i == 0 ? messageId : messageId + "-" + i, c.id(), c.bucType().code(),
                    c.version(), c.environment(), sender, node.accessPoint(), receiver, target.getKey(),
                    c.nodeRole(), sedId, out.sedType(), out.action(), out.inReplyTo(), out.participant(), known,
                    out.content(), hash, out.attachments(), today, now));
            i++;
        }
        cases.record(c.id(), now, actor, "SED_SENT", sedId, out.sedType() + " → " + String.join(", ", receivers));
        events.publishEvent(new SedSent(c.id(), sedId, out.sedType(), c.bucType().code(), sender,
                String.join(",", receivers)));
        audit.record(AuditEvent.of("SED_SENT", "EXCHANGE_CASE", c.id()).with("sed", sedId).with("type", out.sedType())
                .with("message", messageId));
        return after;
    }

    /**
     * One message per receiving node (access point), addressed to the first of its institutions in the case: a node
     * holds one case row for all its institutions, so two institutions of one country get the SED once.
     */
    private Map<String, String> nodes(List<String> receivers) {
        Map<String, String> byAccessPoint = new LinkedHashMap<>();
        receivers.forEach(r -> byAccessPoint.putIfAbsent(institutions.accessPoint(r), r));
        return byAccessPoint;
    }

    /** The case so far for an institution added whose node does not hold the case, queued before its X005. */
    private void sendHistory(CaseRow c, List<CaseSed> history, String receiver, List<BucParticipant> known,
                             String actor, Instant now) {
        List<ExchangeMessage> replays = replay.messages(c, history, receiver, known);
        replays.forEach(outbox::write);
        replays.forEach(m -> cases.record(c.id(), now, actor, "HISTORY_SENT", m.sedId(), m.sedType() + " → " + receiver));
        audit.record(AuditEvent.of("CASE_HISTORY_SENT", "EXCHANGE_CASE", c.id()).with("to", receiver)
                .with("seds", String.valueOf(replays.size())));
    }

    /** This node's institution in the case: the owner, or the national counterparty. */
    String ours(CaseRow c, List<BucParticipant> participants) {
        if (c.nodeRole() == CaseRole.CASE_OWNER) {
            return c.owner();
        }
        return participants.stream().filter(p -> p.role() == CaseRole.COUNTERPARTY && isOurs(p.institution()))
                .map(BucParticipant::institution).findFirst().orElse(node.liaisonInstitution());
    }

    private boolean isOurs(String institution) {
        return institution.startsWith(node.country() + ":");
    }

    /** A new global case id: the owner's country, the year and a random part. */
    String newCaseId() {
        return node.country() + "-" + clock.today().getYear() + "-" + token(10).toUpperCase();
    }

    private static String token(int hexDigits) {
        byte[] bytes = new byte[(hexDigits + 1) / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, hexDigits);
    }
}

package org.liaison.exchange.internal.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.transport.ExchangeMessage;
import org.springframework.stereotype.Component;

/**
 * The history of a case for an institution the owner adds (ADD_PARTICIPANT, X005) whose node does not hold the case
 * yet: in EESSI the new participant receives the SEDs exchanged so far, then the X005. Each SED goes as first sent
 * (same case and SED ids, content, hash, date, sender and sender's side), from the owner's access point, flagged as a
 * replay, with its own message id ({@code <original message id>-R-<participant>}) so that receipt stays idempotent.
 */
@Component
class CaseHistoryReplay {

    /**
     * Not replayed: an invalidated SED (withdrawn, it is not shown to whoever joins later), the X008 that invalidated
     * it, and the participant changes (the participants travel with every message, already as they now stand).
     */
    private static final Set<BucActionKind> NOT_REPLAYED = EnumSet.of(BucActionKind.INVALIDATE,
            BucActionKind.ADD_PARTICIPANT, BucActionKind.REMOVE_PARTICIPANT);

    private final SedStore seds;
    private final InstitutionChecks institutions;
    private final ExchangeNode node;

    CaseHistoryReplay(SedStore seds, InstitutionChecks institutions, ExchangeNode node) {
        this.seds = seds;
        this.institutions = institutions;
        this.node = node;
    }

    /** The SEDs of the history (stored before the X005) that the new participant receives, in their order. */
    static List<CaseSed> replayed(List<CaseSed> history) {
        return history.stream()
                .filter(s -> s.state() != BucSedState.INVALIDATED && !NOT_REPLAYED.contains(s.action()))
                .toList();
    }

    /** The replay messages for that participant, to write to the outbox before its X005. */
    List<ExchangeMessage> messages(CaseRow c, List<CaseSed> history, String participant,
                                   List<BucParticipant> participants) {
        String accessPoint = institutions.accessPoint(participant);
        return replayed(history).stream().map(s -> {
            String text = seds.exchangedText(c.id(), s.id()).orElseThrow();
            // the hash of the text as exchanged is the SED's; only an SED stored before that text was kept gets a new one
            return new ExchangeMessage(s.messageId() + "-R-" + participant, c.id(), c.bucType().code(), s.version(),
                    c.environment(), s.sender(), node.accessPoint(), participant, accessPoint, s.senderRole(), s.id(),
                    s.type(), s.action(), s.inReplyTo(), s.participant(), participants, text, Hashes.sha256(text),
                    seds.attachments(s.id()), s.date(), s.at(), true);
        }).toList();
    }
}

package org.liaison.exchange.internal.cases;

import java.util.List;
import java.util.Optional;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.springframework.stereotype.Component;

/**
 * Receiving the history of a case this node's institution was just added to (X005, see {@code CaseHistoryReplay}).
 * A replayed SED keeps its first sender and side (another counterparty's reply included), so it is not that
 * sender's access point that transports it but the owner's: a replay is accepted only from the access point the IR
 * gives for the case's owner, and the BUC engine judges it in order like any SED (the first replay, the owner's
 * starting SED, opens the case). The X005 comes after the history, whose participants already name the institution
 * it adds: it is judged on the case as it stood before.
 */
@Component
class ReplayChecks {

    private final InstitutionDirectory directory;

    ReplayChecks(InstitutionDirectory directory) {
        this.directory = directory;
    }

    /** The problems of a replay not sent by the access point of the case's owner (the stored one, or the message's). */
    List<CaseProblem> fromOwner(ExchangeMessage m, Optional<String> storedOwner) {
        Optional<String> owner = storedOwner.or(() -> m.participants().stream()
                .filter(p -> p.role() == CaseRole.CASE_OWNER).map(BucParticipant::institution).findFirst());
        Optional<String> accessPoint = owner.filter(id -> InstitutionId.problemWith(id).isEmpty())
                .flatMap(id -> directory.find(InstitutionId.parse(id))).map(Institution::accessPoint);
        if (accessPoint.isPresent() && accessPoint.get().equals(m.senderAccessPoint())) {
            return List.of();
        }
        return List.of(CaseTexts.problem("$.senderAccessPoint", "replay.access-point", "IR (access point of the owner)",
                accessPoint.orElse("?"), m.senderAccessPoint()));
    }

    /** The participants the BUC engine judges the message with: without the one an X005 to it adds. */
    List<BucParticipant> judged(ExchangeMessage m, List<BucParticipant> participants) {
        if (m.action() != BucActionKind.ADD_PARTICIPANT || m.participant() == null
                || !m.participant().equals(m.receiver())) {
            return participants;
        }
        return participants.stream().filter(p -> !p.institution().equals(m.participant())).toList();
    }
}

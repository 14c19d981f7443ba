package org.liaison.exchange.internal.cases;

import java.util.List;
import org.liaison.exchange.bucs.BucCaseState;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSed;
import org.liaison.exchange.cases.CaseSed;

/** The snapshot of a stored case that the BUC engine judges. */
final class Snapshots {

    private Snapshots() {
    }

    static BucCaseState of(CaseRow c, List<BucParticipant> participants, List<CaseSed> seds) {
        List<BucSed> judged = seds.stream()
                .map(s -> new BucSed(s.id(), s.type(), s.senderRole(), s.inReplyTo(), s.state(), s.date()))
                .toList();
        return new BucCaseState(c.bucType(), c.version(), c.status(), c.createdOn(), c.statusSince(), participants,
                judged);
    }
}

package org.liaison.exchange.internal.cases;

import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.internal.transport.OutboxRejected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes in the case's history that the receiver rejected an SED this node sent, with the problems' codes. */
@Component
class RejectionNotes {

    private final CaseStore cases;
    private final ExchangeClock clock;

    RejectionNotes(CaseStore cases, ExchangeClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @EventListener
    void on(OutboxRejected rejected) {
        cases.record(rejected.caseId(), clock.instant(), "system", "SED_REJECTED", rejected.sedId(),
                String.join(",", rejected.problems().stream().map(CaseProblem::code).toList()));
    }
}

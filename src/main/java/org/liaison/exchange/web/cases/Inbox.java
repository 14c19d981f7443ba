package org.liaison.exchange.web.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;

/**
 * The inbox: open cases whose last SED came from the other side (this side's move), plus, for liaison officers,
 * the cases no rule routed.
 */
final class Inbox {

    private Inbox() {
    }

    static List<ExchangeCase> of(ExchangeCases cases, CaseAccess access) {
        return of(open(cases, access));
    }

    /** The open cases the caller may see (the inbox is drawn from them). */
    static List<ExchangeCase> open(ExchangeCases cases, CaseAccess access) {
        return cases.search(new CaseSearch(null, null, BucCaseStatus.OPEN, null, false), access, 500);
    }

    /** The inbox among open cases already read. */
    static List<ExchangeCase> of(List<ExchangeCase> open) {
        return open.stream()
                .filter(c -> c.localInstitution() == null
                        || !c.seds().isEmpty() && !c.seds().get(c.seds().size() - 1).outgoing())
                .toList();
    }

    /** The first answer this node owes in the case (the nearest due date), if any. */
    static Optional<BucDeadline> owed(ExchangeCase c) {
        return c.deadlines().stream().filter(d -> d.awaitedFrom() == c.nodeRole())
                .min(Comparator.comparing(BucDeadline::dueBy));
    }

    /**
     * The cases in the order work is done: the nearest answer owed first (late ones at the top), then those awaiting
     * the other side, most recent activity first.
     */
    static List<ExchangeCase> byDueDate(List<ExchangeCase> cases) {
        return cases.stream().sorted(Comparator
                .comparing((ExchangeCase c) -> owed(c).map(BucDeadline::dueBy).orElse(LocalDate.MAX))
                .thenComparing(ExchangeCase::lastActivity, Comparator.reverseOrder())).toList();
    }
}

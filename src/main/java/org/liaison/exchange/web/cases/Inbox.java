package org.liaison.exchange.web.cases;

import java.util.List;
import org.liaison.exchange.bucs.BucCaseStatus;
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
        return cases.search(new CaseSearch(null, null, BucCaseStatus.OPEN, null, false), access, 500).stream()
                .filter(c -> c.localInstitution() == null
                        || !c.seds().isEmpty() && !c.seds().get(c.seds().size() - 1).outgoing())
                .toList();
    }
}

package org.liaison.bench.coordination;

import org.liaison.coordination.Activity;
import org.liaison.coordination.Situation;
import org.liaison.shared.PartnerCode;

/**
 * The baseline: art. 12(1) as a bare boolean with the 24 months hard-coded, no registry, no trace. What the
 * engine costs on top of this is the price of dated parameters, period splitting and the explained trace.
 */
final class MinimalArticle12 {

    private MinimalArticle12() {
    }

    static PartnerCode decide(Situation situation) {
        Activity a = situation.activities().get(0);
        if (a.postedFrom() != null && a.employer() != null && a.employer().seat().equals(a.postedFrom())
                && Boolean.TRUE.equals(a.employer().substantialActivityInSeat()) && !Boolean.TRUE.equals(a.replacesPostedWorker())
                && a.period().monthsRoundedUp() <= 24 && situation.priorAffiliation() != null
                && situation.priorAffiliation().state().equals(a.postedFrom())) {
            return a.postedFrom();
        }
        return a.state();
    }
}

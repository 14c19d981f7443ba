package org.liaison.coordination.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.Provision;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * What a policy found for one part of the period: a status, the legislation it designates (DECIDED) or proposes
 * (NEEDS_ASSESSMENT, NEEDS_AGREEMENT: the outcome if the officer confirms or the authorities agree), and the
 * findings of the requirements it checked on the way.
 */
record Outcome(DecisionStatus status, List<LegislationPeriod> periods, List<Finding> findings) {

    static Outcome of(DecisionStatus status, DatePeriod period, PartnerCode state, Provision provision,
                      String instrumentId, List<Finding> findings) {
        return new Outcome(status, List.of(new LegislationPeriod(period, state, provision, instrumentId)), findings);
    }

    static Outcome decided(DatePeriod period, PartnerCode state, Provision provision, String instrumentId,
                           Finding finding) {
        return of(DecisionStatus.DECIDED, period, state, provision, instrumentId, List.of(finding));
    }

    static Outcome without(DecisionStatus status, List<Finding> findings) {
        return new Outcome(status, List.of(), findings);
    }

    static Outcome without(DecisionStatus status, Finding finding) {
        return without(status, List.of(finding));
    }

    /** The same designation with another status (e.g. proposed only, pending an officer's assessment). */
    Outcome withStatus(DecisionStatus newStatus) {
        return new Outcome(newStatus, periods, findings);
    }

    /** The same outcome with one more finding, e.g. the condition that selected the regime. */
    Outcome with(Finding finding) {
        List<Finding> all = new ArrayList<>(findings.size() + 1);
        all.addAll(findings);
        all.add(finding);
        return new Outcome(status, periods, all);
    }

    /** Which status wins when parts of a decision differ: the one asking the most of an officer. */
    static int severity(DecisionStatus status) {
        return switch (status) {
            case DECIDED -> 0;
            case NEEDS_ASSESSMENT -> 1;
            case NEEDS_AGREEMENT -> 2;
            case NEEDS_INFORMATION -> 3;
        };
    }
}

package org.liaison.coordination.internal.rules;

import java.util.List;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.Provision;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * What a policy found for one part of the period: a status and the legislation it designates (DECIDED) or
 * proposes (NEEDS_ASSESSMENT, NEEDS_AGREEMENT: the outcome if the officer confirms or the authorities agree).
 */
record Outcome(DecisionStatus status, List<LegislationPeriod> periods) {

    static Outcome of(DecisionStatus status, DatePeriod period, PartnerCode state, Provision provision, String instrumentId) {
        return new Outcome(status, List.of(new LegislationPeriod(period, state, provision, instrumentId)));
    }

    static Outcome decided(DatePeriod period, PartnerCode state, Provision provision, String instrumentId) {
        return of(DecisionStatus.DECIDED, period, state, provision, instrumentId);
    }

    static Outcome without(DecisionStatus status) {
        return new Outcome(status, List.of());
    }

    /** The same designation with another status (e.g. proposed only, pending an officer's assessment). */
    Outcome withStatus(DecisionStatus newStatus) {
        return new Outcome(newStatus, periods);
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

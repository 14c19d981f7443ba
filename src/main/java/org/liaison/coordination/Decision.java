package org.liaison.coordination;

import java.util.List;
import java.util.Objects;
import org.liaison.shared.Text;

/**
 * The engine's answer for a situation: the one legislation for each part of the period (exactly one for every
 * day when DECIDED), every requirement checked with its result, warnings, and the facts still missing.
 */
public record Decision(DecisionStatus status, List<LegislationPeriod> legislation, List<RequirementCheck> checks,
                       List<Warning> warnings, List<String> missingFacts) {

    /** Something an officer should know that does not change the outcome, e.g. "replaces another posted worker". */
    public record Warning(String code, Text text) {
    }

    public Decision {
        Objects.requireNonNull(status, "status");
        legislation = List.copyOf(legislation);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
        missingFacts = List.copyOf(missingFacts);
    }
}

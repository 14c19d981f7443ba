package org.liaison.coordination;

import java.util.Map;
import java.util.Objects;
import org.liaison.shared.LegalReference;
import org.liaison.shared.Text;

/**
 * One requirement of a provision, checked: e.g. "the anticipated duration does not exceed 24 months". The facts
 * used are named values (never personal data), so that the trace explains the decision.
 *
 * @param code        stable code of the requirement, e.g. {@code POSTING_DURATION_WITHIN_LIMIT}
 * @param provision   the provision the requirement belongs to
 * @param facts       the facts and parameters used, e.g. {@code anticipatedMonths=20, maxPostingMonths=24}
 * @param explanation why, as a message rendered in the reader's language only when shown
 */
public record RequirementCheck(String code, String provision, RequirementResult result, Map<String, String> facts,
                               LegalReference reference, Text explanation) {

    public RequirementCheck {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(explanation, "explanation");
        facts = facts instanceof Facts ? facts : Map.copyOf(facts);
    }
}

package org.liaison.coordination.care;

import java.util.Objects;
import org.liaison.shared.LocalizedText;

/**
 * One problem with the input of the unemployment or healthcare engines (negative or impossible period, overlap,
 * amount with more than two decimals...), named by its field path, e.g. {@code periods[2].to}.
 *
 * @param field   path of the faulty field in the input record
 * @param code    stable code of the problem, e.g. {@code PERIOD_ENDS_BEFORE_START}
 * @param message the problem explained in French and English
 */
public record CareInputProblem(String field, String code, LocalizedText message) {

    public CareInputProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

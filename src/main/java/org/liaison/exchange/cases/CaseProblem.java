package org.liaison.exchange.cases;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.LocalizedText;

/**
 * One reason an SED or an action is refused: where (a JSON path into the request, or into the SED's content
 * prefixed with {@code $.content}), a stable code, an explanation in French and English and the rule broken.
 * The code travels as it is in the exchange's receipts and rejection notes; the API shows it in capitals.
 */
public record CaseProblem(String path, String code, LocalizedText message, @Nullable String rule) {

    /**
     * The problem as the API lists it: the path from the request's root without {@code $} ({@code $.content.sed}
     * → {@code content.sed}, {@code $} → empty), the code in capitals ({@code institution.not-yours} →
     * {@code INSTITUTION_NOT_YOURS}).
     */
    public FieldProblem asFieldProblem() {
        String field = path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
        return new FieldProblem(field, FieldProblem.code(code), message);
    }
}

package org.liaison.exchange.cases;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.LocalizedText;

/**
 * One reason an SED or an action is refused: where (a JSON path into the request, or into the SED's content
 * prefixed with {@code $.content}), a stable code, an explanation in French and English and the rule broken.
 */
public record CaseProblem(String path, String code, LocalizedText message, @Nullable String rule) {
}

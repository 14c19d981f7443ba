package org.liaison.exchange.internal.cases;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.shared.TextBundle;

/** The problems the case service reports, explained in French and English from {@code i18n/cases}. */
final class CaseTexts {

    private static final TextBundle TEXTS = TextBundle.of("i18n.cases");

    private CaseTexts() {
    }

    /** A problem at that path with the code's text ({@code cases.problem.<code>}), filled with the arguments. */
    static CaseProblem problem(String path, String code, @Nullable String rule, Object... args) {
        return new CaseProblem(path, code, TEXTS.text("cases.problem." + code, args), rule);
    }
}

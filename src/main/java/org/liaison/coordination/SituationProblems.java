package org.liaison.coordination;

import org.liaison.shared.FieldProblem;

/** The problems of a situation's input: messages {@code situation.problem.<key>} of {@code i18n/situations}. */
final class SituationProblems {

    private static final String BUNDLE = "i18n.situations";

    private SituationProblems() {
    }

    /** A problem of the field, its code the key in capitals ({@code outside-period} → {@code OUTSIDE_PERIOD}). */
    static FieldProblem of(String field, String key, Object... arguments) {
        return FieldProblem.keyed(BUNDLE, "situation.problem.", field, key, arguments);
    }
}

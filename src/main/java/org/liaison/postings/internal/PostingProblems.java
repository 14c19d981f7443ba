package org.liaison.postings.internal;

import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;

/**
 * What the postings module says about a request it refuses, in {@code i18n/postings}: the problems of its own checks
 * (holder, employer, outcome, agreement request: {@code postings.problem.<key>}) and the titles of its refusals.
 */
public final class PostingProblems {

    static final String BUNDLE = "i18n.postings";

    private PostingProblems() {
    }

    /** A problem of the field, its code the key in capitals ({@code birth-date-future} → {@code BIRTH_DATE_FUTURE}). */
    public static FieldProblem of(String field, String key, Object... arguments) {
        return FieldProblem.keyed(BUNDLE, "postings.problem.", field, key, arguments);
    }

    /** A message of the postings bundle. */
    public static Message message(String key, Object... arguments) {
        return Message.of(BUNDLE, key, arguments);
    }
}

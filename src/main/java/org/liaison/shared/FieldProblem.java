package org.liaison.shared;

import java.util.List;

/**
 * One thing wrong in an input, with the path of its field (e.g. {@code activities[1].period.end}) and a message key
 * of the {@code postings} bundle with its arguments; the web layer resolves the message in the reader's language.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String key, Object... arguments) {
        return new FieldProblem(field, "postings.problem." + key, List.of(arguments));
    }
}

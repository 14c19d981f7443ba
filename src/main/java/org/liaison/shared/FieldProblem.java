package org.liaison.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong in an input: the JSON path of its field (e.g. {@code activities[1].period.end}; empty for the
 * input as a whole), a stable code a client can act on (e.g. {@code REQUIRED}, {@code NOT_A_DATE}) and what is
 * wrong, rendered in the reader's language when shown.
 */
public record FieldProblem(String field, String code, Text message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem of the situation or posting checks: its message is {@code postings.problem.<key>} of the postings
     * bundle and its code the key in capitals ({@code outside-period} → {@code OUTSIDE_PERIOD}).
     */
    public static FieldProblem of(String field, String key, Object... arguments) {
        return new FieldProblem(field, key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_'),
                Message.of("i18n.postings", "postings.problem." + key, arguments));
    }

    /** The same problem at another place, e.g. under {@code situation.} when the situation is part of a larger input. */
    public FieldProblem at(String field) {
        return new FieldProblem(field, code, message);
    }
}

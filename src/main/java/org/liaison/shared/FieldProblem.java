package org.liaison.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong in an input: the JSON path of its field (e.g. {@code activities[1].period.end}; empty for the
 * input as a whole), a stable code a client can act on (e.g. {@code REQUIRED}, {@code NOT_A_DATE}) and what is
 * wrong, rendered in the reader's language when shown. The API lists them in a 400 problem body's {@code errors};
 * a page shows each next to its field and in the error summary.
 */
public record FieldProblem(String field, String code, Text message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem whose message is {@code prefix + key} of a bundle and whose code is the key in capitals
     * ({@code outside-period} → {@code OUTSIDE_PERIOD}), e.g. {@code keyed("i18n.situations", "situation.problem.",
     * "activities[0].kind", "required")}.
     */
    public static FieldProblem keyed(String bundle, String prefix, String field, String key, Object... arguments) {
        return new FieldProblem(field, code(key), Message.of(bundle, prefix + key, arguments));
    }

    /**
     * A key or a name as a code: capitals and underscores ({@code outside-period}, {@code agreement.institution},
     * {@code NotBlank} → {@code OUTSIDE_PERIOD}, {@code AGREEMENT_INSTITUTION}, {@code NOT_BLANK}).
     */
    public static String code(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
    }

    /** The same problem at another place, e.g. under {@code situation.} when the situation is part of a larger input. */
    public FieldProblem at(String field) {
        return new FieldProblem(field, code, message);
    }
}

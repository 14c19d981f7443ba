package org.liaison.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value well formed but outside {@link org.liaison.shared.InputLimits}: Jackson adds the field's path as it
 * unwinds, and {@link ProblemDescriptions} answers a 400 naming the field with the reason's code and message, never
 * the value (it may be a megabyte, or a person's name).
 */
final class RefusedJsonValue extends InvalidFormatException {

    /** Why the value is refused: the code of {@code errors[]} and the key of its message in {@code i18n/common}. */
    enum Reason {
        CONTROL_CHARACTER("problem.field.control-character"),
        DATE_OUT_OF_RANGE("problem.field.date-out-of-range"),
        NUMBER_OUT_OF_RANGE("problem.field.number-out-of-range");

        final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    RefusedJsonValue(JsonParser parser, Reason reason, Class<?> target) {
        // the value stays out of the exception: its message may reach a log
        super(parser, reason.name(), null, target);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}

package org.liaison.agreements.web;

import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;

/** The registry's texts for its web layer, in {@code i18n/agreements}. */
final class RegistryTexts {

    static final String BUNDLE = "i18n.agreements";

    private RegistryTexts() {
    }

    /** A bad parameter: its message {@code agreements.problem.<key>}. */
    static FieldProblem problem(String parameter, String code, String key, Object... arguments) {
        return new FieldProblem(parameter, code, Message.of(BUNDLE, "agreements.problem." + key, arguments));
    }
}

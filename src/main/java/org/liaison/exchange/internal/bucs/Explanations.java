package org.liaison.exchange.internal.bucs;

import org.liaison.exchange.bucs.BucRefusal;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.TextBundle;

/** The engine's explanations in French and English, from the {@code i18n/bucs} bundle. */
final class Explanations {

    private static final TextBundle TEXTS = TextBundle.of("i18n.bucs");

    private Explanations() {
    }

    static LocalizedText refusal(BucRefusal reason, Object... args) {
        return TEXTS.text("bucs.refusal." + reason.name(), args);
    }

    static LocalizedText role(org.liaison.exchange.bucs.CaseRole role) {
        return TEXTS.text("bucs.role." + role.name());
    }

    static LocalizedText action(org.liaison.exchange.bucs.BucActionKind action) {
        return TEXTS.text("bucs.action." + action.name());
    }

    static LocalizedText allowed(String key, Object... args) {
        return TEXTS.text("bucs.allowed." + key, args);
    }
}

package org.liaison.coordination.internal.family;

import org.liaison.shared.LocalizedText;
import org.liaison.shared.Message;
import org.liaison.shared.TextBundle;

/** The family-benefit engine's explanations in French and English ({@code i18n/benefits*.properties}). */
final class BenefitTexts {

    private static final TextBundle BUNDLE = TextBundle.of("i18n.benefits");

    private BenefitTexts() {
    }

    static LocalizedText text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }

    /** A check's or a provision's text, kept as a message and formatted only when shown. */
    static Message message(String key, Object... args) {
        return BUNDLE.message(key, args);
    }
}

package org.liaison.coordination.internal.rules;

import org.liaison.shared.LocalizedText;
import org.liaison.shared.TextBundle;

/** The rules engine's explanations in French and English ({@code i18n/rules*.properties}). */
final class RuleTexts {

    private static final TextBundle BUNDLE = TextBundle.of("i18n.rules");

    private RuleTexts() {
    }

    static LocalizedText text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }

    static boolean has(String key) {
        return BUNDLE.has(key);
    }
}

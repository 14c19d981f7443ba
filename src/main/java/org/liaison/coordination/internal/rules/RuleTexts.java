package org.liaison.coordination.internal.rules;

import org.liaison.shared.Message;
import org.liaison.shared.TextBundle;

/**
 * The rules engine's explanations ({@code i18n/rules*.properties}), kept as messages: a decision carries codes and
 * facts, and its French and English texts are formatted only where someone reads them.
 */
final class RuleTexts {

    private static final TextBundle BUNDLE = TextBundle.of("i18n.rules");

    private RuleTexts() {
    }

    static Message message(String key, Object... args) {
        return BUNDLE.message(key, args);
    }

    static boolean has(String key) {
        return BUNDLE.has(key);
    }
}

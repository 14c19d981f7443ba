package org.liaison.coordination.internal.rules;

import org.liaison.coordination.RequirementResult;
import org.liaison.shared.LocalizedText;
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

    /** A citation in both languages at once: a provision's legal reference is built once per instrument. */
    static LocalizedText citation(String key, Object... args) {
        return BUNDLE.text(key, args);
    }

    /** The keys of one text per result, e.g. {@code check.duration.MET}, built once rather than per check. */
    static final class ByResult {
        private final String[] keys = new String[RequirementResult.values().length];

        ByResult(String prefix) {
            for (RequirementResult result : RequirementResult.values()) {
                keys[result.ordinal()] = prefix + result.name();
            }
        }

        String key(RequirementResult result) {
            return keys[result.ordinal()];
        }
    }

    static boolean has(String key) {
        return BUNDLE.has(key);
    }
}

package org.liaison.coordination.internal.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liaison.coordination.RequirementResult;
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

    private static final Map<String, String[]> KEYS_BY_RESULT = new ConcurrentHashMap<>();

    /** The key of a text per result, e.g. {@code check.duration.MET}, built once per prefix rather than per check. */
    static String key(String prefix, RequirementResult result) {
        String[] keys = KEYS_BY_RESULT.get(prefix);
        return (keys != null ? keys : KEYS_BY_RESULT.computeIfAbsent(prefix, p -> {
            String[] all = new String[RequirementResult.values().length];
            for (RequirementResult r : RequirementResult.values()) {
                all[r.ordinal()] = p + r.name();
            }
            return all;
        }))[result.ordinal()];
    }

    static boolean has(String key) {
        return BUNDLE.has(key);
    }
}

package org.liaison.exchange.internal.catalogue;

import java.util.Arrays;
import org.liaison.exchange.seds.SedViolation;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.TextBundle;

/**
 * Turns a broken rule into a violation with its message in French and English, from the {@code seds} bundle
 * ({@code seds.rule.<rule>}); a schema keyword the bundle does not name falls back to the validator's own text.
 */
final class ViolationMessages {

    private static final TextBundle BUNDLE = TextBundle.of("i18n.seds");

    SedViolation violation(String path, String rule, Object... args) {
        return new SedViolation(path, rule, text(rule, args));
    }

    SedViolation schemaViolation(String path, String keyword, String validatorMessage, Object... args) {
        String key = "seds.rule." + keyword;
        if (BUNDLE.has(key)) {
            Object[] shown = Arrays.stream(args).map(a -> a == null ? "" : a).toArray();
            return new SedViolation(path, keyword, BUNDLE.text(key, shown));
        }
        return new SedViolation(path, keyword, BUNDLE.text("seds.rule.other", validatorMessage));
    }

    private LocalizedText text(String rule, Object... args) {
        return BUNDLE.text("seds.rule." + rule, args);
    }
}

package org.liaison.coordination.internal.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.liaison.shared.LocalizedText;

/**
 * The engine's explanations in French and English, read from {@code i18n/rules*.properties} with plain
 * {@link ResourceBundle}s so that the engine needs no framework. French texts use the typographic apostrophe (’)
 * because every text goes through {@link MessageFormat}, which treats a straight quote as an escape.
 */
final class RuleTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("i18n.rules", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.rules", Locale.ENGLISH, NO_FALLBACK);

    private RuleTexts() {
    }

    /** The text for the key in both languages, with its placeholders filled in. */
    static LocalizedText text(String key, Object... args) {
        return new LocalizedText(format(FRENCH, Locale.FRENCH, key, args), format(ENGLISH, Locale.ENGLISH, key, args));
    }

    static boolean has(String key) {
        return FRENCH.containsKey(key);
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No rules text " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = args[i] instanceof LocalizedText t ? t.in(locale) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(localized);
    }
}

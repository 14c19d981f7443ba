package org.liaison.coordination.internal.family;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.liaison.shared.LocalizedText;

/**
 * The family-benefit engine's explanations in French and English, read from {@code i18n/benefits*.properties} with
 * plain {@link ResourceBundle}s so that the engine needs no framework (same approach as the rules engine).
 */
final class BenefitTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("i18n.benefits", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.benefits", Locale.ENGLISH, NO_FALLBACK);

    private BenefitTexts() {
    }

    static LocalizedText text(String key, Object... args) {
        return new LocalizedText(format(FRENCH, Locale.FRENCH, key, args), format(ENGLISH, Locale.ENGLISH, key, args));
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No benefits text " + key, e);
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

package org.liaison.coordination.internal.healthcare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.liaison.shared.LocalizedText;

/** The healthcare engine's texts from {@code i18n/care*.properties}, read without any framework. */
final class HealthcareTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("i18n.care", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.care", Locale.ENGLISH, NO_FALLBACK);

    private HealthcareTexts() {
    }

    static LocalizedText text(String key, Object... args) {
        return new LocalizedText(new MessageFormat(FRENCH.getString(key), Locale.FRENCH).format(strings(args)),
                new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(strings(args)));
    }

    private static Object[] strings(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return out;
    }
}

package org.liaison.coordination.internal.unemployment;

import org.liaison.shared.LocalizedText;
import org.liaison.shared.Message;
import org.liaison.shared.TextBundle;

/** The unemployment engine's texts in French and English ({@code i18n/care*.properties}). */
final class UnemploymentTexts {

    private static final TextBundle BUNDLE = TextBundle.of("i18n.care");

    private UnemploymentTexts() {
    }

    static LocalizedText text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }

    /** A check's or a provision's text, kept as a message and formatted only when shown. */
    static Message message(String key, Object... args) {
        return BUNDLE.message(key, args);
    }
}

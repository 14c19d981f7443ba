package org.liaison.shared;

import java.util.Locale;

/**
 * A short text from reference data in French and English (user-facing text of code lives in message bundles;
 * text that comes with data lives with the data). A missing translation falls back to the other language.
 */
public record LocalizedText(String fr, String en) implements Text {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        fr = fr == null ? "" : fr.strip();
        en = en == null ? "" : en.strip();
    }

    /** The text in the locale's language: English for {@code en}, French otherwise; a missing one falls back to the other. */
    @Override
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String preferred = english ? en : fr;
        return preferred.isEmpty() ? (english ? fr : en) : preferred;
    }

    /** Whether there is no text in either language (not a bean property: it never reaches a JSON answer). */
    public boolean blank() {
        return fr.isEmpty() && en.isEmpty();
    }
}

package org.liaison.postings.internal.certificates;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Messages in both languages for a bilingual document: the template asks {@code t.fr('key')} and
 * {@code t.en('key')} side by side, whatever the reader's locale.
 */
public record Bilingual(MessageSource messages) {

    static final Locale FRENCH = Locale.FRENCH;

    public String fr(String key, Object... args) {
        return messages.getMessage(key, args, FRENCH);
    }

    public String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    /** "French / English", or the French text alone when both are the same. */
    public String both(String key, Object... args) {
        String fr = fr(key, args);
        String en = en(key, args);
        return fr.equals(en) ? fr : fr + " / " + en;
    }
}

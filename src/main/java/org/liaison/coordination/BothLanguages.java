package org.liaison.coordination;

import java.util.Locale;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.Text;

/**
 * An engine's text rendered in French and English at the edge, where a view, a stored decision or an API answer
 * shows both languages: the engines themselves keep {@link org.liaison.shared.Message}s, formatted only here.
 */
public final class BothLanguages {

    private BothLanguages() {
    }

    /** The text in both languages; a text that came with data in both is kept as it is. */
    public static LocalizedText of(Text text) {
        return text instanceof LocalizedText localized ? localized
                : new LocalizedText(text.in(Locale.FRENCH), text.in(Locale.ENGLISH));
    }
}

package org.liaison.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a rule or a constant comes from: the instrument and the article, cited in French and in English (e.g.
 * {@code Règl. (CE) 883/2004, art. 12(1)} and {@code Reg. (EC) 883/2004, Art. 12(1)}), with the address of the text
 * when there is one. Citations of the EU regulations and of the cross-border healthcare directive are written once,
 * in either language's short form, and given in both by {@link LegalCitations}; any other citation (a French code,
 * a judgment, a convention named by the registry) is given in both languages by its author.
 */
public record LegalReference(LocalizedText citation, String source) {

    public LegalReference {
        Objects.requireNonNull(citation, "citation");
        if (citation.blank()) {
            throw new IllegalArgumentException("A legal reference names its article");
        }
        source = source == null ? "" : source;
    }

    /** A citation of the EU regulations or the directive, in either language's short form (e.g. "Reg. 883/2004 art. 12(1)"). */
    public LegalReference(String citation, String source) {
        this(LegalCitations.both(citation), source);
    }

    public static LegalReference of(String citation) {
        return new LegalReference(citation, "");
    }

    /** A citation given in both languages by its author, e.g. a French code's article with a note. */
    public static LegalReference of(String french, String english, String source) {
        return new LegalReference(new LocalizedText(french, english), source);
    }

    /** The citation in the reader's language. */
    public String citation(Locale locale) {
        return citation.in(locale);
    }

    @Override
    public String toString() {
        return citation.en();
    }
}

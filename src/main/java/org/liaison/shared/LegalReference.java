package org.liaison.shared;

import java.util.Objects;

/**
 * Where a rule or a constant comes from: the instrument and the article, e.g. {@code Reg. 883/2004 art. 12(1)},
 * with the address of the text when there is one.
 */
public record LegalReference(String citation, String source) {

    public LegalReference {
        Objects.requireNonNull(citation, "citation");
        if (citation.isBlank()) {
            throw new IllegalArgumentException("A legal reference names its article");
        }
        source = source == null ? "" : source;
    }

    public static LegalReference of(String citation) {
        return new LegalReference(citation, "");
    }

    @Override
    public String toString() {
        return citation;
    }
}

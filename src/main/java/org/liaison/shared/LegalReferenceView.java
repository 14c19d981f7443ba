package org.liaison.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/** A legal reference as every answer of the API gives it: the citation in the request's language and the text's address. */
@Schema(name = "LegalReference", description = "Where a rule comes from: the instrument and the article, cited in the "
        + "request's language (e.g. \"Reg. (EC) 883/2004, Art. 12(1)\" or \"Règl. (CE) 883/2004, art. 12(1)\"), and the "
        + "address of the text when there is one")
public record LegalReferenceView(@Schema(example = "Reg. (EC) 883/2004, Art. 12(1)") String citation,
                                 @Schema(description = "The address of the text, or empty",
                                         example = "https://eur-lex.europa.eu/eli/reg/2004/883/oj") String source) {

    public static LegalReferenceView of(LegalReference reference, Locale locale) {
        return new LegalReferenceView(reference.citation(locale), reference.source());
    }
}

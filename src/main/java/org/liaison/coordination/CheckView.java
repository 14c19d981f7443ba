package org.liaison.coordination;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.shared.LegalReferenceView;

/** A requirement checked, as every calculator of the API answers it: in the request's language. */
@Schema(name = "RequirementCheck", description = "One requirement of a provision, checked, with the facts it used, "
        + "its legal reference and why, in the request's language")
public record CheckView(@Schema(example = "POSTING_DURATION_WITHIN_LIMIT") String code,
                        @Schema(description = "The provision the requirement belongs to", example = "EU_883_ART12_1") String provision,
                        RequirementResult result,
                        @Schema(description = "The facts and parameters used (never personal data)") Map<String, String> facts,
                        LegalReferenceView legalReference, String explanation) {

    public static CheckView of(RequirementCheck check, Locale locale) {
        return new CheckView(check.code(), check.provision(), check.result(), new TreeMap<>(check.facts()),
                LegalReferenceView.of(check.reference(), locale), check.explanation().in(locale));
    }
}

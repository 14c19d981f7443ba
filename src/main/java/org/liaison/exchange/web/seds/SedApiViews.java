package org.liaison.exchange.web.seds;

import java.util.List;
import java.util.Locale;
import org.liaison.exchange.seds.SedField;
import org.liaison.exchange.seds.SedType;
import org.liaison.exchange.seds.SedValidation;
import org.liaison.exchange.seds.SedViolation;
import org.liaison.shared.LocalizedText;

/** The JSON shapes of the SED catalogue API. */
final class SedApiViews {

    private SedApiViews() {
    }

    /** One SED of the catalogue; {@code schemaVersions} is empty when it has no schema yet. */
    record SedSummary(String code, String sector, String buc, LocalizedText title, String titleStatus, String source,
                      List<String> variants, List<String> schemaVersions) {

        static SedSummary of(SedType type, List<String> schemaVersions) {
            return new SedSummary(type.code(), type.sector().code(), type.buc(), type.title(), type.titleStatus().name(),
                    type.source(), type.variants(), schemaVersions);
        }
    }

    /** One SED with the fields of its schema in the version asked for (the newest by default). */
    record SedDetail(SedSummary sed, String version, List<SedField> fields) {
    }

    /** The outcome of a validation: {@code valid} and every violation with its JSON path and rule. */
    record ValidationResult(String sed, String version, boolean valid, List<Violation> violations) {

        static ValidationResult of(SedValidation validation, Locale locale) {
            return new ValidationResult(validation.code(), validation.version(), validation.valid(),
                    validation.violations().stream().map(v -> Violation.of(v, locale)).toList());
        }
    }

    /** One violation; {@code message} in the request's language, {@code messages} in both. */
    record Violation(String path, String rule, String message, LocalizedText messages) {

        static Violation of(SedViolation v, Locale locale) {
            return new Violation(v.jsonPath(), v.rule(), v.message().in(locale), v.message());
        }
    }
}

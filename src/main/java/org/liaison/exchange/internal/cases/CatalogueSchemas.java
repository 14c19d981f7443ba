package org.liaison.exchange.internal.cases;

import java.util.List;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.seds.SedCatalogue;
import org.liaison.exchange.seds.SedViolation;
import org.liaison.exchange.seds.UnknownSedException;
import org.springframework.stereotype.Component;

/**
 * The SED catalogue's validation, its violations placed under {@code $.content} (the SED inside the request).
 * An SED the catalogue does not know is refused; one it knows without a schema in that version passes on its
 * well-formedness alone (the catalogue has schemas for the SEDs the issue names, not for all of them yet).
 */
@Component
class CatalogueSchemas implements SchemaValidation {

    private final SedCatalogue catalogue;

    CatalogueSchemas(SedCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<CaseProblem> validate(String sedType, String version, String json) {
        if (catalogue.find(sedType).isEmpty()) {
            return List.of(CaseTexts.problem("$.sedType", "sed.unknown", null, sedType));
        }
        if (!catalogue.schemaVersions(sedType).contains(version)) {
            return List.of();
        }
        try {
            return catalogue.validate(sedType, version, json).violations().stream().map(CatalogueSchemas::problem)
                    .toList();
        } catch (UnknownSedException e) {
            return List.of(CaseTexts.problem("$.sedType", "sed.unknown", null, sedType));
        }
    }

    private static CaseProblem problem(SedViolation violation) {
        String path = violation.jsonPath().startsWith("$") ? "$.content" + violation.jsonPath().substring(1) : "$.content";
        return new CaseProblem(path, "schema." + violation.rule(), violation.message(), violation.rule());
    }
}

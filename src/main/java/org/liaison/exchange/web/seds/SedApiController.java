package org.liaison.exchange.web.seds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.seds.SedCatalogue;
import org.liaison.exchange.seds.SedType;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SED catalogue API: SEDs, their JSON Schemas per data-model version, and the validation of a document. */
@RestController
@RequestMapping(path = "/api/v1/exchange/seds", produces = "application/json")
@Tag(name = "Exchange: SED catalogue", description = "Structured electronic documents, their JSON Schemas (draft 2020-12) and validation")
class SedApiController {

    static final String SCHEMA_JSON = "application/schema+json";

    private static final Pattern VERSION = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){1,2}");

    private final SedCatalogue catalogue;

    SedApiController(SedCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "List the SEDs of the catalogue",
            description = "Every SED with its sector, usual BUC, titles in French and English, where the title comes from, "
                    + "its country variants and the data-model versions for which it has a schema.")
    @ApiResponse(responseCode = "200", description = "The SEDs, by sector then code")
    List<SedApiViews.SedSummary> seds() {
        return catalogue.all().stream().map(t -> SedApiViews.SedSummary.of(t, catalogue.schemaVersions(t.code()))).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One SED with the fields of its schema",
            description = "The fields of the envelope and of the SED's own block, flattened as JSON paths, in the version "
                    + "asked for (the newest by default). A country variant (P3000_FR) gives its SED.")
    @ApiResponse(responseCode = "200", description = "The SED")
    @ApiResponse(responseCode = "400", description = "A version not written like one (e.g. 4.3); `errors` names it")
    @ApiResponse(responseCode = "404", description = "No SED has this code, or it has no schema in that version")
    SedApiViews.SedDetail sed(@Parameter(description = "SED code, e.g. A009 or P3000_FR") @PathVariable String code,
                              @Parameter(description = "Data-model version, e.g. 4.2 (default: the newest)")
                              @RequestParam(required = false) @Nullable String version) {
        checkFormat(version);
        SedType type = find(code);
        List<String> versions = catalogue.schemaVersions(type.code());
        String wanted = version == null ? (versions.isEmpty() ? catalogue.latestVersion() : versions.get(versions.size() - 1)) : version;
        if (version != null && !versions.contains(version)) {
            throw new SedNotFound(type.code(), version, versions);
        }
        return new SedApiViews.SedDetail(SedApiViews.SedSummary.of(type, versions), wanted, catalogue.fields(type.code(), wanted));
    }

    @GetMapping(path = "/{code}/schema", produces = SCHEMA_JSON)
    @Operation(summary = "The JSON Schema of an SED in a data-model version",
            description = "One self-contained draft 2020-12 document: the envelope it refers to is embedded under $defs.")
    @ApiResponse(responseCode = "200", description = "The schema", content = @Content(mediaType = SCHEMA_JSON))
    @ApiResponse(responseCode = "400", description = "A version not written like one (e.g. 4.3); `errors` names it")
    @ApiResponse(responseCode = "404", description = "No SED has this code, or it has no schema in that version")
    ResponseEntity<String> schema(@PathVariable String code,
                                  @Parameter(description = "Data-model version (default: the newest)") @RequestParam(required = false) @Nullable String version) {
        checkFormat(version);
        SedType type = find(code);
        String wanted = version == null ? catalogue.latestVersion() : version;
        return catalogue.schema(type.code(), wanted)
                .map(schema -> ResponseEntity.ok().header("Content-Type", SCHEMA_JSON).body(schema))
                .orElseThrow(() -> new SedNotFound(type.code(), wanted, catalogue.schemaVersions(type.code())));
    }

    @PostMapping(path = "/{code}/validation", consumes = "*/*")
    @Operation(summary = "Validate an SED document",
            description = "Checks the document against the SED's schema in the version and Liaison's checks (French NIR "
                    + "and its key, periods in order). Always 200 when the SED and version exist: `valid` says whether "
                    + "the document passes and `violations` lists every problem with its JSON path and rule. Malformed "
                    + "JSON is one violation at `$` saying the line and column.")
    @ApiResponse(responseCode = "200", description = "The validation outcome")
    @ApiResponse(responseCode = "400", description = "A version not written like one (e.g. 4.3); `errors` names it")
    @ApiResponse(responseCode = "404", description = "No SED has this code, or it has no schema in that version")
    SedApiViews.ValidationResult validate(@Parameter(description = "SED code", example = "A009") @PathVariable String code,
                                          @Parameter(description = "Data-model version (default: the newest)") @RequestParam(required = false) @Nullable String version,
                                          @RequestBody(description = "The SED document (JSON)", content = @Content(mediaType = "application/json"))
                                          @org.springframework.web.bind.annotation.RequestBody(required = false) @Nullable String document,
                                          Locale locale) {
        checkFormat(version);
        SedType type = find(code);
        String wanted = version == null ? catalogue.latestVersion() : version;
        if (!catalogue.schemaVersions(type.code()).contains(wanted)) {
            throw new SedNotFound(type.code(), wanted, catalogue.schemaVersions(type.code()));
        }
        return SedApiViews.ValidationResult.of(catalogue.validate(type.code(), wanted, document == null ? "" : document), locale);
    }

    /** A version that is not even written like one ({@code latest}, {@code 4.x}) is a bad parameter, not an unknown version. */
    private static void checkFormat(@Nullable String version) {
        if (version != null && !VERSION.matcher(version).matches()) {
            throw InvalidInputException.ofParameters(List.of(new FieldProblem("version", "MALFORMED",
                    Message.of("i18n.seds", "seds.problem.version.malformed"))));
        }
    }

    private SedType find(String code) {
        return catalogue.find(code).orElseThrow(() -> new SedNotFound(code, null, List.of()));
    }
}

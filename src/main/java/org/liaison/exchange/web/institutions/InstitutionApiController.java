package org.liaison.exchange.web.institutions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.internal.institutions.ImportMode;
import org.liaison.exchange.internal.institutions.ImportSummary;
import org.liaison.exchange.internal.institutions.InstitutionImporter;
import org.liaison.shared.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The IR API: search, one institution, the routing question, and imports (administrators). */
@RestController
@RequestMapping(path = "/api/v1/exchange", produces = "application/json")
@Tag(name = "Institution repository", description = "EESSI institutions, the BUCs they handle and routing")
class InstitutionApiController {

    private final InstitutionDirectory directory;
    private final InstitutionImporter importer;

    InstitutionApiController(InstitutionDirectory directory, InstitutionImporter importer) {
        this.directory = directory;
        this.importer = importer;
    }

    @GetMapping("/institutions")
    @Operation(summary = "Search the institution repository",
            description = "Institutions still in the IR matching every given filter, sorted by id, one page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of institutions")
    @ApiResponse(responseCode = "400", description = "A malformed parameter; `errors` names each one")
    InstitutionViews.PageView search(
            @Parameter(description = "Part of the name, acronym or id") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "EESSI country code (EL for Greece, UK for the United Kingdom)", example = "DE")
            @RequestParam(required = false) @Nullable String country,
            @Parameter(description = "A BUC the institution handles", example = "LA_BUC_04")
            @RequestParam(required = false) @Nullable String buc,
            @Parameter(description = "PRODUCTION or TEST") @RequestParam(required = false) @Nullable String environment,
            @Parameter(description = "Page number from 0") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) @Nullable String size) {
        InstitutionQuery query = InstitutionQuery.parse(q, country, buc, environment, page, size);
        if (!query.problems().isEmpty()) {
            throw InstitutionApiExceptions.invalidParameters(query.problems());
        }
        return InstitutionViews.PageView.of(directory.search(query.search(), query.page(), query.size()));
    }

    @GetMapping("/institutions/{id}")
    @Operation(summary = "One institution with its BUCs and roles, validity and access point",
            description = "Also answers for an institution an import removed (`removedOn` set), so that old cases resolve it.")
    @ApiResponse(responseCode = "200", description = "The institution")
    @ApiResponse(responseCode = "404", description = "No institution has this id")
    InstitutionViews.InstitutionView institution(@Parameter(description = "IR id, e.g. FR:CNAV") @PathVariable String id) {
        if (!InstitutionId.isValid(id)) {
            throw InstitutionApiExceptions.notFound(id);
        }
        return directory.find(InstitutionId.parse(id)).map(InstitutionViews.InstitutionView::of)
                .orElseThrow(() -> InstitutionApiExceptions.notFound(id));
    }

    @GetMapping("/routing")
    @Operation(summary = "Which institutions can be counterparty for a BUC in a country",
            description = "Institutions holding the BUC with the COUNTERPARTY role, valid on the date and in the IR, of "
                    + "the given environment only (a test institution never answers a production question). Cached "
                    + "until the next import.")
    @ApiResponse(responseCode = "200", description = "The counterparties, possibly none")
    @ApiResponse(responseCode = "400", description = "A missing or malformed parameter; `errors` names each one")
    InstitutionViews.RoutingView routing(
            @Parameter(description = "BUC code", example = "LA_BUC_04") @RequestParam(required = false) @Nullable String buc,
            @Parameter(description = "EESSI country code", example = "NO") @RequestParam(required = false) @Nullable String country,
            @Parameter(description = "PRODUCTION (default) or TEST") @RequestParam(required = false) @Nullable String environment,
            @Parameter(description = "ISO date (default today)") @RequestParam(required = false) @Nullable String date) {
        List<FieldProblem> problems = new ArrayList<>();
        String bucType = InstitutionQuery.buc(buc, problems);
        String countryCode = InstitutionQuery.country(country, problems);
        ExchangeEnvironment env = InstitutionQuery.environment(environment, problems);
        LocalDate day = InstitutionQuery.date(date, problems);
        if (InstitutionQuery.blank(buc)) {
            problems.add(InstitutionQuery.problem("buc", "REQUIRED", "required"));
        }
        if (InstitutionQuery.blank(country)) {
            problems.add(InstitutionQuery.problem("country", "REQUIRED", "required"));
        }
        if (!problems.isEmpty() || bucType == null || countryCode == null) {
            throw InstitutionApiExceptions.invalidParameters(problems);
        }
        ExchangeEnvironment environmentAsked = env == null ? ExchangeEnvironment.PRODUCTION : env;
        LocalDate dayAsked = day == null ? LocalDate.now() : day;
        return new InstitutionViews.RoutingView(bucType, countryCode, environmentAsked, dayAsked,
                directory.counterparties(bucType, countryCode, environmentAsked, dayAsked).stream()
                        .map(InstitutionViews.InstitutionView::of).toList());
    }

    @PostMapping(path = "/institution-imports", consumes = {"application/json", "application/octet-stream"})
    @Operation(summary = "Import an IR file (administrators)",
            description = "The body is the file (format liaison-ir/1, see docs/exchange-institutions.md), read as a "
                    + "stream. FULL: the file is the whole IR and what it does not list is removed; DELTA: only what it "
                    + "lists changes. Applied whole or refused whole; every run is recorded and audited.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object", description = "{\"format\": \"liaison-ir/1\", \"institutions\": [...]}"))))
    @ApiResponse(responseCode = "200", description = "Applied: the counts of added, changed, unchanged and removed institutions")
    @ApiResponse(responseCode = "400", description = "Refused, nothing changed: `errors` lists every bad record with its "
            + "index, line, column and JSON path (first 100), or a bad `mode`")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    InstitutionViews.SummaryView importFile(
            @Parameter(description = "FULL: the file is the whole IR; DELTA: only what it lists changes", required = true,
                    schema = @Schema(implementation = ImportMode.class), example = "DELTA")
            @RequestParam(required = false) @Nullable String mode,
            InputStream body) {
        ImportMode importMode = mode(mode);
        ImportSummary summary = importer.importFile(body, importMode, "api");
        if (!summary.applied()) {
            throw InstitutionApiExceptions.refused(summary);
        }
        return InstitutionViews.SummaryView.of(summary);
    }

    static ImportMode mode(@Nullable String mode) {
        try {
            return ImportMode.valueOf(mode == null ? "" : mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InstitutionApiExceptions.invalidParameters(List.of(InstitutionQuery.blank(mode)
                    ? InstitutionQuery.problem("mode", "REQUIRED", "required")
                    : InstitutionQuery.problem("mode", "UNKNOWN_VALUE", "mode")));
        }
    }
}

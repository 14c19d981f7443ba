package org.liaison.agreements.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.Partner;
import org.liaison.shared.PartnerCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only API of the registry of partners and agreements. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Registry", description = "Partner states and territories, legal instruments and their dated parameters")
class RegistryApiController {

    private final AgreementRegistry registry;

    RegistryApiController(AgreementRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/partners")
    @Operation(summary = "List the partners of France",
            description = "Each partner with the instrument governing on the date (today by default), filtered by "
                    + "the type of that instrument and a branch it covers.")
    @ApiResponse(responseCode = "200", description = "The partners, by code")
    @ApiResponse(responseCode = "400", description = "A malformed parameter; `errors` names each field")
    List<ApiViews.PartnerSummary> partners(
            @Parameter(description = "Instrument type: eu_regulation, eea, swiss_agreement, uk_withdrawal, uk_tca, bilateral, coordination_decree")
            @RequestParam(required = false) @Nullable String instrumentType,
            @Parameter(description = "Branch: sickness, maternity, invalidity, old_age, survivors, death, work_accidents, family, unemployment")
            @RequestParam(required = false) @Nullable String branch,
            @Parameter(description = "ISO date on which to evaluate the governing instrument (default: today)", example = "2015-06-01")
            @RequestParam(required = false) @Nullable String date) {
        PartnerFilter filter = PartnerFilter.parse(instrumentType, branch, date, LocalDate.now());
        return filter.apply(registry).stream().map(r -> ApiViews.PartnerSummary.of(r.partner(), r.current())).toList();
    }

    @GetMapping("/partners/{code}")
    @Operation(summary = "One partner with its instruments over time and their facts",
            description = "Every fact carries its status (verified, to_check, unknown) and its source.")
    @ApiResponse(responseCode = "200", description = "The partner")
    @ApiResponse(responseCode = "404", description = "No partner has this code")
    ApiViews.PartnerDetail partner(@Parameter(description = "ISO 3166 code, e.g. DE or CA-QC") @PathVariable String code) {
        Partner partner = findPartner(code);
        return ApiViews.PartnerDetail.of(registry, partner, registry.governing(partner.code(), LocalDate.now()));
    }

    @GetMapping("/instruments")
    @Operation(summary = "List the legal instruments")
    @ApiResponse(responseCode = "200", description = "The instruments, by id")
    List<ApiViews.InstrumentView> instruments(Locale locale) {
        return registry.instruments().stream().map(i -> ApiViews.InstrumentView.of(registry, i, false, locale)).toList();
    }

    @GetMapping("/instruments/{id}")
    @Operation(summary = "One legal instrument with its partners and facts")
    @ApiResponse(responseCode = "200", description = "The instrument")
    @ApiResponse(responseCode = "404", description = "No instrument has this id")
    ApiViews.InstrumentView instrument(@Parameter(description = "Stable id, e.g. eu-reg-883-2004") @PathVariable String id,
                                       Locale locale) {
        Instrument instrument = registry.instrument(id).orElseThrow(() -> NotInRegistryException.instrument(id));
        return ApiViews.InstrumentView.of(registry, instrument, true, locale);
    }

    private Partner findPartner(String code) {
        if (!PartnerCode.isValid(code)) {
            throw NotInRegistryException.partner(code);
        }
        return registry.partner(PartnerCode.of(code)).orElseThrow(() -> NotInRegistryException.partner(code));
    }
}

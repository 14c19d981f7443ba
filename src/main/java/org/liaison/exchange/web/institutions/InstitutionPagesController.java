package org.liaison.exchange.web.institutions;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionPage;
import org.liaison.exchange.internal.institutions.ImportMode;
import org.liaison.exchange.internal.institutions.ImportSummary;
import org.liaison.exchange.internal.institutions.InstitutionFacets;
import org.liaison.exchange.internal.institutions.InstitutionImporter;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The IR pages for signed-in staff: search, one institution, and the import form (administrators). */
@Controller
class InstitutionPagesController {

    private final InstitutionDirectory directory;
    private final InstitutionImporter importer;
    private final InstitutionFacets facets;

    InstitutionPagesController(InstitutionDirectory directory, InstitutionImporter importer, InstitutionFacets facets) {
        this.directory = directory;
        this.importer = importer;
        this.facets = facets;
    }

    @GetMapping("/exchange/institutions")
    String search(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String country,
                  @RequestParam(required = false) @Nullable String buc,
                  @RequestParam(required = false) @Nullable String environment,
                  @RequestParam(required = false) @Nullable String page, Model model, Locale locale,
                  HttpServletResponse response) {
        InstitutionQuery query = InstitutionQuery.parse(q, country, buc, environment, page, null);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("country", country == null ? "" : country);
        model.addAttribute("buc", buc == null ? "" : buc);
        model.addAttribute("environment", environment == null ? "" : environment);
        model.addAttribute("countries", CountryNames.all(locale));
        model.addAttribute("bucTypes", facets.bucTypes());
        model.addAttribute("environments", ExchangeEnvironment.values());
        model.addAttribute("invalid", query.problems());
        model.addAttribute("invalidFields", query.problems().stream().map(FieldProblem::field).toList());
        if (!query.problems().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("results", new InstitutionPage(java.util.List.of(), 0, query.size(), 0));
            return "exchange/institutions/search";
        }
        InstitutionPage results = directory.search(query.search(), query.page(), query.size());
        model.addAttribute("results", results);
        model.addAttribute("names", results.items().stream().map(Institution::country).distinct()
                .collect(java.util.stream.Collectors.toMap(c -> c, c -> CountryNames.name(c, locale))));
        return "exchange/institutions/search";
    }

    @GetMapping("/exchange/institutions/{id}")
    String institution(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        Institution institution = InstitutionId.isValid(id) ? directory.find(InstitutionId.parse(id)).orElse(null) : null;
        if (institution == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "exchange/institutions/not-found";
        }
        model.addAttribute("institution", institution);
        model.addAttribute("countryName", CountryNames.name(institution.country(), locale));
        model.addAttribute("bucs", InstitutionViews.bucs(institution));
        return "exchange/institutions/detail";
    }

    @GetMapping("/exchange/institutions/import")
    String importForm(Model model) {
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("mode", ImportMode.DELTA.name());
        model.addAttribute("fileError", false);
        model.addAttribute("modeError", false);
        return "exchange/institutions/import";
    }

    @PostMapping("/exchange/institutions/import")
    String importFile(@RequestParam(required = false) @Nullable MultipartFile file,
                      @RequestParam(required = false) @Nullable String mode, Model model,
                      HttpServletResponse response) throws IOException {
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("mode", mode == null ? ImportMode.DELTA.name() : mode);
        boolean noFile = file == null || file.isEmpty();
        ImportMode importMode = null;
        try {
            importMode = InstitutionApiController.mode(mode);
        } catch (InvalidInputException e) {
            // shown next to the radio buttons
        }
        model.addAttribute("modeError", importMode == null);
        model.addAttribute("fileError", noFile);
        if (noFile || importMode == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "exchange/institutions/import";
        }
        ImportSummary summary;
        try (InputStream in = file.getInputStream()) {
            summary = importer.importFile(in, importMode, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
        }
        model.addAttribute("summary", summary);
        if (!summary.applied()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "exchange/institutions/import";
    }
}

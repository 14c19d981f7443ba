package org.liaison.exchange.web.seds;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.seds.SedCatalogue;
import org.liaison.exchange.seds.SedSector;
import org.liaison.exchange.seds.SedType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff pages of the SED catalogue: the list by sector with filters, and one page per SED with its fields. */
@Controller
class SedPagesController {

    private final SedCatalogue catalogue;

    SedPagesController(SedCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/exchange/seds")
    String catalogue(@RequestParam(required = false) @Nullable String sector, @RequestParam(required = false) @Nullable String q,
                     @RequestParam(required = false) @Nullable String withSchema, Model model) {
        SedSector wanted = parseSector(sector);
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        boolean schemaOnly = withSchema != null && !withSchema.isBlank();
        Map<SedSector, List<Row>> bySector = new LinkedHashMap<>();
        int shown = 0;
        for (SedType type : catalogue.all()) {
            List<String> versions = catalogue.schemaVersions(type.code());
            if ((wanted == null || type.sector() == wanted) && matches(type, query) && (!schemaOnly || !versions.isEmpty())) {
                bySector.computeIfAbsent(type.sector(), s -> new java.util.ArrayList<>()).add(new Row(type, versions));
                shown++;
            }
        }
        model.addAttribute("sectors", SedSector.values());
        model.addAttribute("selectedSector", wanted == null ? "" : wanted.code());
        model.addAttribute("query", q == null ? "" : q);
        model.addAttribute("withSchema", schemaOnly);
        model.addAttribute("bySector", bySector);
        model.addAttribute("shown", shown);
        model.addAttribute("total", catalogue.all().size());
        return "exchange/seds/catalogue";
    }

    @GetMapping("/exchange/seds/{code}")
    String sed(@PathVariable String code, @RequestParam(required = false) @Nullable String version, Model model,
               HttpServletResponse response) {
        SedType type = catalogue.find(code).orElse(null);
        if (type == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("code", code);
            return "exchange/seds/not-found";
        }
        List<String> versions = catalogue.schemaVersions(type.code());
        String shown = version != null && versions.contains(version) ? version
                : versions.isEmpty() ? null : versions.get(versions.size() - 1);
        if (version != null && !versions.contains(version)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("unknownVersion", version);
        }
        model.addAttribute("sed", type);
        model.addAttribute("versions", versions);
        model.addAttribute("version", shown);
        model.addAttribute("fields", shown == null ? List.of() : catalogue.fields(type.code(), shown));
        return "exchange/seds/sed";
    }

    private static boolean matches(SedType type, String query) {
        return query.isEmpty() || type.code().toLowerCase(Locale.ROOT).contains(query)
                || type.title().fr().toLowerCase(Locale.ROOT).contains(query)
                || type.title().en().toLowerCase(Locale.ROOT).contains(query)
                || type.buc().toLowerCase(Locale.ROOT).contains(query);
    }

    private static @Nullable SedSector parseSector(@Nullable String sector) {
        if (sector == null || sector.isBlank()) {
            return null;
        }
        for (SedSector s : SedSector.values()) {
            if (s.code().equalsIgnoreCase(sector.strip())) {
                return s;
            }
        }
        return null;
    }

    /** One line of the catalogue table. */
    record Row(SedType type, List<String> schemaVersions) {
    }
}

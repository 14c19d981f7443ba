package org.liaison.exchange.web.bucs;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages of the BUC definitions: all BUCs by sector, and one BUC's flow, administrative actions and periods. */
@Controller
class BucPagesController {

    /** The order of the sectors on the page (EESSI's own order of eessi.md §1). */
    static final List<String> SECTORS = List.of("LA", "P", "H", "S", "FB", "UB");

    private final BucDefinitions definitions;

    BucPagesController(BucDefinitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping("/exchange/bucs")
    String list(@RequestParam(required = false) @Nullable String version, Model model, HttpServletResponse response) {
        String shown = version(version, model, response);
        Map<String, List<BucDefinition>> bySector = new LinkedHashMap<>();
        SECTORS.forEach(sector -> bySector.put(sector, new ArrayList<>()));
        definitions.all(shown).forEach(d -> bySector.computeIfAbsent(d.sector(), s -> new ArrayList<>()).add(d));
        bySector.values().removeIf(List::isEmpty);
        model.addAttribute("sectors", bySector);
        model.addAttribute("count", definitions.all(shown).size());
        return "exchange/bucs/list";
    }

    @GetMapping("/exchange/bucs/{type}")
    String detail(@PathVariable String type, @RequestParam(required = false) @Nullable String version, Model model,
                  HttpServletResponse response) {
        String shown = version(version, model, response);
        BucDefinition definition = BucType.isValid(type) ? definitions.find(BucType.of(type), shown).orElse(null) : null;
        if (definition == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("type", type);
            return "exchange/bucs/not-found";
        }
        model.addAttribute("buc", definition);
        model.addAttribute("roles", org.liaison.exchange.bucs.CaseRole.values());
        model.addAttribute("awaiting", BucReplyRows.of(definition));
        return "exchange/bucs/detail";
    }

    /** The version to show: the one asked if it exists, else the newest (and a 400 with a message for an unknown one). */
    private String version(@Nullable String version, Model model, HttpServletResponse response) {
        String shown = definitions.latestVersion();
        if (version != null && !version.isBlank()) {
            if (definitions.versions().contains(version)) {
                shown = version;
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("unknownVersion", version);
            }
        }
        model.addAttribute("version", shown);
        model.addAttribute("versions", definitions.versions());
        return shown;
    }
}

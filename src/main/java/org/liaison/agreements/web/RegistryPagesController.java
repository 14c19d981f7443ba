package org.liaison.agreements.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.InstrumentKind;
import org.liaison.agreements.Partner;
import org.liaison.agreements.TimelineEvent;
import org.liaison.shared.Branch;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of the registry: the partner list, one page per partner, and the timeline. */
@Controller
class RegistryPagesController {

    private final AgreementRegistry registry;
    private final MessageSource messages;

    RegistryPagesController(AgreementRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/partners")
    String partners(@RequestParam(required = false) @Nullable String instrumentType,
                    @RequestParam(required = false) @Nullable String branch,
                    Model model, HttpServletResponse response) {
        model.addAttribute("instrumentKinds", InstrumentKind.values());
        model.addAttribute("branches", Branch.values());
        model.addAttribute("selectedType", instrumentType == null ? "" : instrumentType);
        model.addAttribute("selectedBranch", branch == null ? "" : branch);
        model.addAttribute("total", registry.partners().size());
        model.addAttribute("verifiedShare", registry.verifiedShare());
        try {
            model.addAttribute("rows", PartnerFilter.parse(instrumentType, branch, null, LocalDate.now()).apply(registry));
        } catch (InvalidParametersException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rows", List.of());
            model.addAttribute("invalidFields", e.problems().stream().map(FieldProblem::field).toList());
        }
        return "agreements/partners";
    }

    @GetMapping("/partners/{code}")
    String partner(@PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
        Partner partner = PartnerCode.isValid(code) ? registry.partner(PartnerCode.of(code)).orElse(null) : null;
        if (partner == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "agreements/partner-not-found";
        }
        var current = registry.governing(partner.code(), LocalDate.now());
        model.addAttribute("partner", partner);
        model.addAttribute("periods", registry.periods(partner.code()).stream()
                .map(p -> Map.of("period", p, "instrument", registry.instrument(p.instrumentId()).orElseThrow(),
                        "sources", FactRows.sources(p.source())))
                .toList());
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("currentSources", current.map(g -> FactRows.sources(g.instrument().source())).orElse(List.of()));
        model.addAttribute("facts", current.map(g -> {
            FactRows rows = new FactRows(messages, locale);
            List<FactRows.Row> all = new java.util.ArrayList<>(rows.of(g));
            all.addAll(rows.more(g, registry.facts(g.instrument().id(), java.util.Optional.of(g.partner().code()))));
            return all;
        }).orElse(List.of()));
        return "agreements/partner";
    }

    @GetMapping("/timeline")
    String timeline(Model model) {
        Map<Integer, List<TimelineEvent>> byDecade = registry.timeline().stream()
                .collect(Collectors.groupingBy(e -> e.date().year() / 10 * 10, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("decades", byDecade);
        return "agreements/timeline";
    }
}

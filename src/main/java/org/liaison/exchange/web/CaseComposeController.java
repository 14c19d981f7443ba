package org.liaison.exchange.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.BucParticipant;
import org.liaison.exchange.CaseAccess;
import org.liaison.exchange.CaseOpening;
import org.liaison.exchange.CaseProblem;
import org.liaison.exchange.CaseRefusedException;
import org.liaison.exchange.ExchangeCase;
import org.liaison.exchange.ExchangeCases;
import org.liaison.exchange.SedCatalogue;
import org.liaison.exchange.SedSubmission;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Composing an SED from a form generated from its schema: in an existing case (a reply, or any SED the BUC allows),
 * or to open a new case. A refusal shows every problem, linked to its field, and keeps what was typed.
 */
@Controller
class CaseComposeController {

    private final ExchangeCases cases;
    private final SedCatalogue catalogue;
    private final CaseAccessResolver access;
    private final JsonMapper json;

    CaseComposeController(ExchangeCases cases, SedCatalogue catalogue, CaseAccessResolver access, JsonMapper json) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/exchange/cases/{id}/compose")
    String compose(@PathVariable String id, @RequestParam String sed, @RequestParam(required = false) @Nullable String replyTo,
                   Authentication user, Model model) {
        ExchangeCase c = cases.find(id, access.of(user));
        return form(model, c, sed, replyTo, Map.of(), List.of());
    }

    @PostMapping("/exchange/cases/{id}/compose")
    String send(@PathVariable String id, @RequestParam String sed, @RequestParam(required = false) @Nullable String replyTo,
                @RequestParam Map<String, String> params, Authentication user, Model model) {
        CaseAccess who = access.of(user);
        ExchangeCase c = cases.find(id, who);
        Map<String, String> values = fieldValues(params);
        String ours = c.nodeRole().name().equals("CASE_OWNER") ? c.ownerInstitution()
                : c.participants().stream().filter(p -> p.role() == c.nodeRole()).map(BucParticipant::institution)
                .findFirst().orElse(c.ownerInstitution());
        List<String> to = c.participants().stream().filter(p -> p.role() != c.nodeRole())
                .map(BucParticipant::institution).toList();
        String content = CaseFormFields.json(json, catalogue.fields(sed, c.version()), values,
                new CaseFormFields.Envelope(sed, c.version(), c.id(), c.ownerInstitution(), ours, to));
        try {
            cases.submit(id, SedSubmission.sed(sed, blank(replyTo), content), who);
        } catch (CaseRefusedException e) {
            if (e.kind() == CaseRefusedException.Kind.NOT_FOUND) {
                throw e;
            }
            return form(model, c, sed, replyTo, values, e.problems());
        }
        return "redirect:/exchange/cases/" + id;
    }

    @GetMapping("/exchange/cases/new")
    String start(@RequestParam(required = false) @Nullable String buc, @RequestParam(required = false) @Nullable String owner,
                 @RequestParam(required = false) @Nullable String counterparty,
                 @RequestParam(required = false) @Nullable String sed, Model model) {
        return opening(model, buc, owner, counterparty, sed, Map.of(), List.of());
    }

    @PostMapping("/exchange/cases/new")
    String open(@RequestParam String buc, @RequestParam String owner, @RequestParam String counterparty,
                @RequestParam String sed, @RequestParam Map<String, String> params, Authentication user, Model model) {
        Map<String, String> values = fieldValues(params);
        String version = catalogue.latestVersion();
        String content = CaseFormFields.json(json, fields(sed, version), values, new CaseFormFields.Envelope(sed,
                version, "NEW", owner.strip(), owner.strip(), List.of(counterparty.strip())));
        try {
            ExchangeCase c = cases.open(new CaseOpening(buc.strip(), null, owner.strip(), counterparty.strip(), sed.strip(),
                    content, List.of()), access.of(user));
            return "redirect:/exchange/cases/" + c.id();
        } catch (CaseRefusedException e) {
            return opening(model, buc, owner, counterparty, sed, values, e.problems());
        }
    }

    private String form(Model model, ExchangeCase c, String sed, @Nullable String replyTo, Map<String, String> values,
                        List<CaseProblem> problems) {
        model.addAttribute("c", c);
        model.addAttribute("sed", sed);
        model.addAttribute("replyTo", replyTo);
        model.addAttribute("sedTitle", catalogue.find(sed).map(t -> t.title()).orElse(null));
        model.addAttribute("inputs", CaseFormFields.inputs(fields(sed, c.version()), values));
        model.addAttribute("problems", problems);
        model.addAttribute("links", links(problems));
        return "exchange/cases/compose";
    }

    private String opening(Model model, @Nullable String buc, @Nullable String owner, @Nullable String counterparty,
                           @Nullable String sed, Map<String, String> values, List<CaseProblem> problems) {
        model.addAttribute("buc", buc);
        model.addAttribute("owner", owner);
        model.addAttribute("counterparty", counterparty);
        model.addAttribute("sed", sed);
        boolean chosen = sed != null && !sed.isBlank() && catalogue.find(sed.strip()).isPresent();
        model.addAttribute("inputs", chosen ? CaseFormFields.inputs(fields(sed.strip(), catalogue.latestVersion()), values)
                : List.of());
        model.addAttribute("problems", problems);
        model.addAttribute("links", links(problems));
        return "exchange/cases/new";
    }

    private List<org.liaison.exchange.SedField> fields(String sed, String version) {
        return catalogue.schemaVersions(sed).contains(version) ? catalogue.fields(sed, version) : List.of();
    }

    /** Where each problem's link in the error summary goes: the field's input, or the form's own field. */
    private static Map<CaseProblem, String> links(List<CaseProblem> problems) {
        Map<CaseProblem, String> links = new LinkedHashMap<>();
        for (CaseProblem p : problems) {
            String field = CaseFormFields.fieldOf(p.path());
            links.put(p, field != null ? CaseFormFields.id(field) : p.path().replace("$.", "").replaceAll("[^A-Za-z0-9]+", "-"));
        }
        return links;
    }

    private static Map<String, String> fieldValues(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("$.")) {
                values.put(k, v);
            }
        });
        return values;
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

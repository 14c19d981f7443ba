package org.liaison.exchange.web.compose;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.SedSubmission;
import org.liaison.exchange.seds.SedCatalogue;
import org.liaison.exchange.seds.SedForm;
import org.liaison.exchange.web.CaseAccessResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Composing an SED from a form generated from its schema: in an existing case (a reply, or any SED the BUC allows),
 * or to open a new case. A refusal shows every problem, linked to its field, and keeps what was typed.
 */
@Controller
public class CaseComposeController {

    private final ExchangeCases cases;
    private final SedCatalogue catalogue;
    private final CaseAccessResolver access;
    private final JsonMapper json;
    private final MessageSource messages;

    CaseComposeController(ExchangeCases cases, SedCatalogue catalogue, CaseAccessResolver access, JsonMapper json,
                          MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
        this.json = json;
        this.catalogue = catalogue;
        this.access = access;
    }

    /** A case one may not see, or that does not exist, is the cases' 404 page (its existence is not revealed). */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(CaseRefusedException refused) {
        return "exchange/cases/not-found";
    }

    @GetMapping("/exchange/cases/{id}/compose")
    String compose(@PathVariable String id, @RequestParam String sed, @RequestParam(required = false) @Nullable String replyTo,
                   Authentication user, Model model) {
        CaseAccess who = access.of(user);
        ExchangeCase c = cases.find(id, who);
        ComposeForm prefilled = null;
        if (replyTo != null && !replyTo.isBlank()
                && c.seds().stream().anyMatch(s -> s.id().equals(replyTo.strip()))) {
            // a reply starts from what the request already says (issue #11 §2); reading it is audited
            prefilled = ComposeForm.prefilled(sedForm(sed, c.version()),
                    json.readTree(cases.content(id, replyTo.strip(), who)));
        }
        return form(model, c, sed, replyTo, prefilled, Map.of(), List.of());
    }

    @PostMapping("/exchange/cases/{id}/compose")
    String send(@PathVariable String id, @RequestParam String sed, @RequestParam(required = false) @Nullable String replyTo,
                @RequestParam Map<String, String> params, Authentication user, Model model) {
        CaseAccess who = access.of(user);
        ExchangeCase c = cases.find(id, who);
        ComposeForm typed = ComposeForm.of(sedForm(sed, c.version()), params);
        if (params.containsKey("add") || params.containsKey("remove")) {
            return form(model, c, sed, replyTo, typed, params, List.of());
        }
        String ours = c.nodeRole().name().equals("CASE_OWNER") ? c.ownerInstitution()
                : c.participants().stream().filter(p -> p.role() == c.nodeRole()).map(BucParticipant::institution)
                .findFirst().orElse(c.ownerInstitution());
        List<String> to = c.participants().stream().filter(p -> p.role() != c.nodeRole())
                .map(BucParticipant::institution).toList();
        String content = ComposeJson.json(typed, new ComposeJson.Envelope(sed, c.version(), c.id(), c.ownerInstitution(),
                ours, to));
        try {
            cases.submit(id, SedSubmission.sed(sed, blank(replyTo), content), who);
        } catch (CaseRefusedException e) {
            if (e.kind() == CaseRefusedException.Kind.NOT_FOUND) {
                throw e;
            }
            return form(model, c, sed, replyTo, typed, Map.of(), e.problems());
        }
        return "redirect:/exchange/cases/" + id;
    }

    @GetMapping("/exchange/cases/new")
    String start(@RequestParam(required = false) @Nullable String buc, @RequestParam(required = false) @Nullable String owner,
                 @RequestParam(required = false) @Nullable String counterparty,
                 @RequestParam(required = false) @Nullable String sed, Model model) {
        return opening(model, buc, owner, counterparty, sed, null, Map.of(), List.of());
    }

    @PostMapping("/exchange/cases/new")
    String open(@RequestParam String buc, @RequestParam String owner, @RequestParam String counterparty,
                @RequestParam String sed, @RequestParam Map<String, String> params, Authentication user, Model model) {
        String version = catalogue.latestVersion();
        ComposeForm typed = ComposeForm.of(sedForm(sed.strip(), version), params);
        if (params.containsKey("add") || params.containsKey("remove")) {
            return opening(model, buc, owner, counterparty, sed, typed, params, List.of());
        }
        String content = ComposeJson.json(typed, new ComposeJson.Envelope(sed, version, "NEW", owner.strip(), owner.strip(),
                List.of(counterparty.strip())));
        try {
            ExchangeCase c = cases.open(new CaseOpening(buc.strip(), null, owner.strip(), counterparty.strip(), sed.strip(),
                    content, List.of()), access.of(user));
            return "redirect:/exchange/cases/" + c.id();
        } catch (CaseRefusedException e) {
            return opening(model, buc, owner, counterparty, sed, typed, Map.of(), e.problems());
        }
    }

    private String form(Model model, ExchangeCase c, String sed, @Nullable String replyTo, @Nullable ComposeForm typed,
                        Map<String, String> params, List<CaseProblem> problems) {
        model.addAttribute("c", c);
        model.addAttribute("sed", sed);
        model.addAttribute("replyTo", replyTo);
        model.addAttribute("sedTitle", catalogue.find(sed).map(t -> t.title()).orElse(null));
        fill(model, typed != null ? typed : ComposeForm.empty(sedForm(sed, c.version())), params, problems);
        return "exchange/cases/compose";
    }

    private String opening(Model model, @Nullable String buc, @Nullable String owner, @Nullable String counterparty,
                           @Nullable String sed, @Nullable ComposeForm typed, Map<String, String> params,
                           List<CaseProblem> problems) {
        model.addAttribute("buc", buc);
        model.addAttribute("owner", owner);
        model.addAttribute("counterparty", counterparty);
        model.addAttribute("sed", sed);
        boolean chosen = sed != null && !sed.isBlank() && catalogue.find(sed.strip()).isPresent();
        SedForm none = new SedForm(chosen ? sed.strip() : "", catalogue.latestVersion(), List.of());
        fill(model, typed != null ? typed : ComposeForm.empty(chosen ? sedForm(sed.strip(), catalogue.latestVersion()) : none),
                params, problems);
        return "exchange/cases/new";
    }

    /**
     * The form's items with their values and problems, the error summary's links and, after an entry was added or
     * removed, where the focus goes (the form is then applied the change and shown again, nothing sent).
     */
    private void fill(Model model, ComposeForm typed, Map<String, String> params, List<CaseProblem> problems) {
        ComposeForm shown = typed;
        String focus = null;
        String add = params.get("add");
        String remove = params.get("remove");
        if (add != null) {
            shown = typed.add(add);
        } else if (remove != null) {
            shown = typed.remove(remove);
        }
        List<ComposeView.Item> items = ComposeView.items(shown, problems);
        if (add != null && shown.find(add) != null) {
            focus = ComposeLinks.focus(items, add + "[" + (shown.count(add, shown.find(add)) - 1) + "]", true);
        } else if (remove != null) {
            focus = ComposeLinks.focus(items, remove, false);
        }
        Map<CaseProblem, String> links = new LinkedHashMap<>();
        for (CaseProblem p : problems) {
            links.put(p, ComposeLinks.link(shown, p));
        }
        model.addAttribute("items", items);
        model.addAttribute("formProblems", ComposeLinks.ofTheForm(shown, problems));
        model.addAttribute("focus", focus);
        model.addAttribute("problems", problems);
        model.addAttribute("links", links);
        model.addAttribute("summaries", summaries(problems));
    }

    /**
     * Each problem of the SED's content as the summary says it: in words of fields, not JSON paths ("Nom de famille
     * manquant (Personne concernée)"), with the labels the form shows; other problems keep their own message.
     */
    private Map<CaseProblem, String> summaries(List<CaseProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<CaseProblem, String> summaries = new LinkedHashMap<>();
        for (CaseProblem p : problems) {
            if (!p.path().startsWith("$.content.")) {
                continue;
            }
            List<String> names = Arrays.stream(p.path().substring("$.content.".length()).split("\\."))
                    .map(segment -> segment.replaceAll("\\[\\d+]$", "")).toList();
            String field = label(names.get(names.size() - 1), locale);
            String message = "required".equals(p.rule())
                    ? messages.getMessage("cases.errors.missing", new Object[] {field}, locale)
                    : messages.getMessage("cases.errors.field", new Object[] {field, p.message().in(locale)}, locale);
            if (names.size() > 1) {
                message = messages.getMessage("cases.errors.in", new Object[] {message, label(names.get(names.size() - 2),
                        locale)}, locale);
            }
            summaries.put(p, message);
        }
        return summaries;
    }

    private String label(String name, Locale locale) {
        return messages.getMessage("seds.field." + name, null, name, locale);
    }

    private SedForm sedForm(String sed, String version) {
        return catalogue.form(sed, version).orElse(new SedForm(sed, version, List.of()));
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

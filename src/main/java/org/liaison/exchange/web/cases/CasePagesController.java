package org.liaison.exchange.web.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucAction;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.cases.CaseTransfer;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.TransferReason;
import org.liaison.exchange.seds.SedCatalogue;
import org.liaison.exchange.internal.cases.ExchangeClock;
import org.liaison.exchange.web.CaseAccessResolver;
import org.liaison.shared.TextBundle;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agents' and officers' pages: the inbox, the case search, one case with its SEDs, deadlines and history, and
 * its administrative actions (plain forms, no script needed).
 */
@Controller
class CasePagesController {

    private static final TextBundle TEXTS = TextBundle.of("i18n.cases");

    private final ExchangeCases cases;
    private final CaseAccessResolver access;
    private final SedCatalogue catalogue;

    private final MessageSource messages;
    private final JsonMapper json;
    private final ExchangeClock clock;

    CasePagesController(ExchangeCases cases, CaseAccessResolver access, SedCatalogue catalogue, MessageSource messages,
                        JsonMapper json, ExchangeClock clock) {
        this.clock = clock;
        this.cases = cases;
        this.access = access;
        this.catalogue = catalogue;
        this.messages = messages;
        this.json = json;
    }

    /** An SED this node may send now, with its title in the reader's language. */
    record Sendable(String sed, String title) {
    }

    /** A case one may not see, or that does not exist, is the cases' 404 page (its existence is not revealed). */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(CaseRefusedException refused) {
        return "exchange/cases/not-found";
    }

    /** What the inbox's "due" filter keeps: answers owed and late, due today, or within a week. */
    enum Due { LATE, TODAY, WEEK }

    @GetMapping("/exchange/inbox")
    String inbox(@RequestParam(required = false) @Nullable String buc, @RequestParam(required = false) @Nullable Due due,
                 Authentication user, Model model) {
        CaseAccess who = access.of(user);
        List<ExchangeCase> all = Inbox.of(cases, who);
        LocalDate today = clock.today();
        model.addAttribute("mode", "inbox");
        model.addAttribute("bucs", all.stream().map(c -> c.bucType().code()).distinct().sorted().toList());
        model.addAttribute("buc", buc == null ? "" : buc);
        model.addAttribute("due", due);
        model.addAttribute("dues", Due.values());
        model.addAttribute("today", today);
        model.addAttribute("owed", owed(all));
        model.addAttribute("cases", Inbox.byDueDate(all.stream()
                .filter(c -> buc == null || buc.isBlank() || c.bucType().code().equals(buc))
                .filter(c -> due == null || Inbox.owed(c).map(d -> switch (due) {
                    case LATE -> d.dueBy().isBefore(today);
                    case TODAY -> !d.dueBy().isAfter(today);
                    case WEEK -> !d.dueBy().isAfter(today.plusDays(7));
                }).orElse(false))
                .toList()));
        model.addAttribute("officer", who.all());
        return "exchange/cases/list";
    }

    @GetMapping("/exchange/cases")
    String search(@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String buc,
                  @RequestParam(required = false) @Nullable String status,
                  @RequestParam(defaultValue = "false") boolean queue, Authentication user, Model model) {
        CaseAccess who = access.of(user);
        BucCaseStatus wanted = statusOf(status);
        model.addAttribute("mode", "search");
        model.addAttribute("text", text);
        model.addAttribute("buc", buc);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("queue", queue);
        model.addAttribute("statuses", BucCaseStatus.values());
        model.addAttribute("officer", who.all());
        List<ExchangeCase> found = Inbox.byDueDate(cases.search(new CaseSearch(text, buc, wanted, null, queue), who, 200));
        model.addAttribute("today", clock.today());
        model.addAttribute("owed", owed(found));
        model.addAttribute("cases", found);
        return "exchange/cases/list";
    }

    /**
     * The case; for an institution the case was transferred from, which no longer sees it, the page that says who
     * transferred it, when, where to and why (and its history up to then) instead of "not found".
     */
    @GetMapping("/exchange/cases/{id}")
    String view(@PathVariable String id, Authentication user, Model model) {
        CaseAccess who = access.of(user);
        try {
            return show(id, who, model, List.of());
        } catch (CaseRefusedException e) {
            model.addAttribute("id", id);
            model.addAttribute("transfers", cases.transfers(id, who));
            model.addAttribute("history", cases.history(id, who));
            return "exchange/cases/transferred";
        }
    }

    /** One SED of the case, readable (labels, code values, dates in the reader's language), its JSON one click away. */
    @GetMapping("/exchange/cases/{id}/seds/{sedId}")
    String sed(@PathVariable String id, @PathVariable String sedId, Authentication user, Model model) {
        CaseAccess who = access.of(user);
        String content = cases.content(id, sedId, who); // audited: an SED carries personal data
        ExchangeCase c = cases.find(id, who);
        CaseSed sed = c.seds().stream().filter(s -> s.id().equals(sedId)).findFirst()
                .orElseThrow(() -> new CaseRefusedException(CaseRefusedException.Kind.NOT_FOUND, List.of()));
        Locale locale = LocaleContextHolder.getLocale();
        JsonNode tree = json.readTree(content);
        model.addAttribute("c", c);
        model.addAttribute("s", sed);
        model.addAttribute("sedTitle", catalogue.find(sed.type()).map(t -> t.title().in(locale)).orElse(""));
        model.addAttribute("entries", SedReading.of(tree, messages, locale));
        model.addAttribute("raw", json.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        model.addAttribute("sendable", sendable(id, who, locale));
        return "exchange/cases/sed";
    }

    @PostMapping("/exchange/cases/{id}/transfer")
    String requestTransfer(@PathVariable String id, @RequestParam TransferReason reason, Authentication user,
                           Model model) {
        CaseAccess who = access.of(user);
        try {
            cases.requestTransfer(id, reason, who);
        } catch (CaseRefusedException e) {
            if (e.kind() == CaseRefusedException.Kind.NOT_FOUND) {
                throw e;
            }
            return show(id, who, model, e.problems());
        }
        return "redirect:/exchange/cases/" + id;
    }

    /** Actions that end the case's life here or everywhere: taken only once confirmed (issue #11 §2). */
    static final Set<BucActionKind> CONFIRMED_ONLY = EnumSet.of(BucActionKind.CLOSE_LOCALLY, BucActionKind.CLOSE_GLOBALLY);

    /** What the confirmation panel posts again, with {@code confirmed=true}. */
    record PendingAction(BucActionKind action, @Nullable String target, @Nullable String participant) {
    }

    @PostMapping("/exchange/cases/{id}/actions")
    String act(@PathVariable String id, @RequestParam(required = false) @Nullable String action,
               @RequestParam(required = false) @Nullable String target,
               @RequestParam(required = false) @Nullable String participant,
               @RequestParam(defaultValue = "false") boolean confirmed, Authentication user, Model model) {
        CaseAccess who = access.of(user);
        if (action == null || action.isBlank()) {
            // the page offers no default action: an empty choice is a mistake, not "send"
            return show(id, who, model, List.of(new CaseProblem("action", "action.missing",
                    TEXTS.text("cases.actions.choose.missing"), null)));
        }
        try {
            BucActionKind kind = CaseApiController.action(action);
            if (CONFIRMED_ONLY.contains(kind) && !confirmed) {
                model.addAttribute("pendingAction", new PendingAction(kind, target, participant));
                return show(id, who, model, List.of());
            }
            cases.submit(id, new org.liaison.exchange.cases.SedSubmission(kind, null, target, participant, null, List.of()), who);
        } catch (CaseRefusedException e) {
            if (e.kind() == CaseRefusedException.Kind.NOT_FOUND) {
                throw e;
            }
            return show(id, who, model, e.problems());
        }
        return "redirect:/exchange/cases/" + id;
    }

    @PostMapping("/exchange/cases/{id}/assignment")
    String assign(@PathVariable String id, @RequestParam String institution, Authentication user, Model model) {
        CaseAccess who = access.of(user);
        try {
            cases.assign(id, institution.strip(), who);
        } catch (CaseRefusedException e) {
            if (e.kind() == CaseRefusedException.Kind.NOT_FOUND) {
                throw e;
            }
            return show(id, who, model, e.problems());
        }
        return "redirect:/exchange/cases/" + id;
    }

    private String show(String id, CaseAccess who, Model model, List<CaseProblem> problems) {
        ExchangeCase c = cases.find(id, who);
        model.addAttribute("c", c);
        model.addAttribute("history", cases.history(id, who));
        List<CaseTransfer> transfers = cases.transfers(id, who);
        model.addAttribute("transfers", transfers);
        model.addAttribute("pendingTransfer", transfers.stream().filter(CaseTransfer::pending).findFirst().orElse(null));
        model.addAttribute("reasons", TransferReason.values());
        model.addAttribute("officer", who.all());
        model.addAttribute("problems", problems);
        model.addAttribute("actions", List.of(BucActionKind.values()).stream().filter(k -> k != BucActionKind.SEND).toList());
        // only what the BUC engine allows now, never a free text (issue #11 §2)
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("sendable", sendable(id, who, locale));
        return "exchange/cases/case";
    }

    /** The first answer this node owes in each case, by case id (cases that owe none are absent). */
    private static Map<String, BucDeadline> owed(List<ExchangeCase> list) {
        Map<String, BucDeadline> owed = new HashMap<>();
        list.forEach(c -> Inbox.owed(c).ifPresent(d -> owed.put(c.id(), d)));
        return owed;
    }

    private List<Sendable> sendable(String id, CaseAccess who, Locale locale) {
        return cases.nextActions(id, who).stream()
                .filter(a -> a.kind() == BucActionKind.SEND && a.sed() != null)
                .map(BucAction::sed).distinct()
                .map(sed -> new Sendable(sed, catalogue.find(sed).map(t -> t.title().in(locale)).orElse("")))
                .toList();
    }

    private static @Nullable BucCaseStatus statusOf(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return BucCaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.liaison.postings.web.queue;

import java.util.Locale;
import org.liaison.agreements.StateNames;
import org.liaison.postings.internal.PostingAgreements;
import org.liaison.postings.internal.PostingRequest;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.internal.PostingStatus;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The liaison officers' pages: the queue, a request with the engine's trace, the form asking the partner's agreement
 * (A001) when the request needs one, and the decision form.
 */
@Controller
@RequestMapping("/postings")
class PostingQueuePagesController {

    private final PostingRequests requests;
    private final PostingAgreements agreements;
    private final StateNames states;

    PostingQueuePagesController(PostingRequests requests, PostingAgreements agreements, StateNames states) {
        this.requests = requests;
        this.agreements = agreements;
        this.states = states;
    }

    @GetMapping("/queue")
    String queue(@RequestParam(defaultValue = "IN_REVIEW") PostingStatus status, Model model, Locale locale) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", PostingStatus.values());
        model.addAttribute("requests", requests.withStatus(status));
        model.addAttribute("names", states.names(locale));
        model.addAttribute("zone", org.liaison.postings.web.PostingsTime.ZONE);
        return "postings/queue";
    }

    @GetMapping("/{number}")
    String request(@PathVariable String number, Model model, Locale locale) {
        return page(find(number), FormErrors.none(), model, locale);
    }

    @PostMapping("/{number}/decision")
    String decide(@PathVariable String number, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reason, Authentication officer, Model model, Locale locale) {
        PostingRequest request = find(number);
        try {
            boolean approve = Outcomes.parse(outcome, reason);
            requests.decide(number, approve, reason, officer.getName());
            return "redirect:/postings/" + number + "?decided";
        } catch (InvalidInputException e) {
            model.addAttribute("reason", reason);
            return page(request, FormErrors.of(e.problems(), locale, f -> f), model, locale);
        } catch (PostingRequests.NotInReview e) {
            return "redirect:/postings/" + number;
        }
    }

    @PostMapping("/{number}/agreement-request")
    String askAgreement(@PathVariable String number, @RequestParam(required = false) String institution,
                        @RequestParam(required = false) String justification, Authentication officer, Model model,
                        Locale locale) {
        PostingRequest request = find(number);
        try {
            agreements.request(number, institution, justification, officer.getName());
            return "redirect:/postings/" + number + "?agreementRequested";
        } catch (InvalidInputException e) {
            model.addAttribute("institution", institution);
            model.addAttribute("justification", justification);
            return page(request, FormErrors.none(), FormErrors.of(e.problems(), locale, f -> f),
                    model, locale);
        } catch (PostingAgreements.NotPossible e) {
            FormErrors errors = FormErrors.of(java.util.List.of(new FieldProblem("request", "AGREEMENT_NOT_POSSIBLE",
                    e.problem().detail())), locale, f -> f);
            return page(request, FormErrors.none(), errors, model, locale);
        }
    }

    private PostingRequest find(String number) {
        return requests.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(PostingRequest request, FormErrors errors, Model model, Locale locale) {
        return page(request, errors, FormErrors.none(), model, locale);
    }

    private String page(PostingRequest request, FormErrors errors, FormErrors agreementErrors, Model model,
                        Locale locale) {
        model.addAttribute("request", request);
        model.addAttribute("errors", errors);
        model.addAttribute("agreementErrors", agreementErrors);
        model.addAttribute("reachable", agreements.reachable(request));
        model.addAttribute("institutions", request.awaitsAgreementRequest() ? agreements.institutions(request)
                : java.util.List.of());
        model.addAttribute("events", agreements.events(request.number()));
        model.addAttribute("names", states.names(locale));
        return "postings/detail";
    }
}

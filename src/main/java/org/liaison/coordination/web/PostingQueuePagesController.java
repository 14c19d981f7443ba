package org.liaison.coordination.web;

import java.util.Locale;
import org.liaison.coordination.internal.postings.PostingRequest;
import org.liaison.coordination.internal.postings.PostingRequests;
import org.liaison.coordination.internal.postings.PostingStatus;
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

/** The liaison officers' pages: the queue, a request with the engine's trace, and the decision form. */
@Controller
@RequestMapping("/postings")
class PostingQueuePagesController {

    private final PostingRequests requests;
    private final FieldMessages messages;
    private final States states;

    PostingQueuePagesController(PostingRequests requests, FieldMessages messages, States states) {
        this.requests = requests;
        this.messages = messages;
        this.states = states;
    }

    @GetMapping("/queue")
    String queue(@RequestParam(defaultValue = "IN_REVIEW") PostingStatus status, Model model, Locale locale) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", PostingStatus.values());
        model.addAttribute("requests", requests.withStatus(status));
        model.addAttribute("names", states.names(locale));
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
        } catch (PostingRequests.InvalidInput e) {
            return page(request, FormErrors.of(messages.resolve(e.problems(), locale), f -> f), model, locale);
        } catch (PostingRequests.NotInReview e) {
            return "redirect:/postings/" + number;
        }
    }

    private PostingRequest find(String number) {
        return requests.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(PostingRequest request, FormErrors errors, Model model, Locale locale) {
        model.addAttribute("request", request);
        model.addAttribute("errors", errors);
        model.addAttribute("names", states.names(locale));
        return "postings/detail";
    }
}

package org.liaison.postings.web.requests;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.StateNames;
import org.liaison.identity.Applicants;
import org.liaison.agreements.WhereToApply;
import org.liaison.postings.internal.PostingRequest;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.internal.SamePosting;
import org.liaison.postings.internal.SubmissionRateLimit;
import org.liaison.postings.web.CertificatePdf;
import org.liaison.postings.web.PostingRequestNotFound;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of posting requests: the form, the receipt, and following a request with its number and code. */
@Controller
@RequestMapping("/postings/request")
class PostingRequestPagesController {

    private final PostingRequests requests;
    private final SubmissionRateLimit rateLimit;
    private final StateNames states;

    private final MessageSource messages;
    private final Applicants applicants;
    private final WhereToApply whereToApply;

    PostingRequestPagesController(PostingRequests requests, SubmissionRateLimit rateLimit, StateNames states,
                                  MessageSource messages, Applicants applicants, WhereToApply whereToApply) {
        this.applicants = applicants;
        this.messages = messages;
        this.whereToApply = whereToApply;
        this.requests = requests;
        this.rateLimit = rateLimit;
        this.states = states;
    }

    /** How long the receipt page waits for the certificate of an approved request before saying it is on its way. */
    private static final Duration CERTIFICATE_PATIENCE = Duration.ofSeconds(3);

    @GetMapping
    String form(Model model, Locale locale, @Nullable Authentication user) {
        return form(model, fromAccount(PostingForm.empty(), user), FormErrors.none(), locale, accountKind(user));
    }

    /**
     * For a signed-in applicant, what the account says wins over what was typed: the employer's name and, for a
     * self-employed person, their own identity and kind of activity (issue #11 §4).
     */
    private @Nullable String accountKind(@Nullable Authentication user) {
        String username = ApplicantSession.of(user);
        return username == null ? null : applicants.find(username).map(a -> a.kind().name()).orElse(null);
    }

    private PostingForm fromAccount(PostingForm form, @Nullable Authentication user) {
        String username = ApplicantSession.of(user);
        if (username == null) {
            return form;
        }
        return applicants.find(username).map(form::from).orElse(form);
    }

    @PostMapping
    String submit(@ModelAttribute PostingForm form, Model model, Locale locale, HttpServletRequest http,
                  @Nullable Authentication user) {
        if (user == null && !rateLimit.tryAcquire(http.getRemoteAddr()).allowed()) {
            model.addAttribute("rateLimited", true);
            return form(model, form, FormErrors.none(), locale);
        }
        form = fromAccount(form, user);
        try {
            PostingRequests.Receipt receipt = requests.submit(form.toSubmission(), ApplicantSession.of(user));
            PostingRequest shown = requests.awaitCertificates(receipt.request(), CERTIFICATE_PATIENCE);
            model.addAttribute("receipt", new PostingRequests.Receipt(receipt.number(), receipt.accessCode(), shown));
            model.addAttribute("names", states.names(locale));
            model.addAttribute("fromAccount", ApplicantSession.of(user) != null);
            return "postings/receipt";
        } catch (InvalidInputException e) {
            return form(model, form, errors(e.problems(), locale), locale, accountKind(user));
        } catch (SamePosting e) {
            // the existing certificate's or request's number, on the start date: a form error like any other
            return form(model, form, errors(List.of(e.atStart()), locale), locale, accountKind(user));
        }
    }

    /**
     * The summary names each field by its label ("Date de début : ce champ est obligatoire.") and lists the problems
     * in the order of the form, not in the order the checks found them (issue #11 §3).
     */
    private FormErrors errors(List<FieldProblem> problems, Locale locale) {
        List<String> order = Arrays.stream(PostingForm.class.getRecordComponents()).map(RecordComponent::getName).toList();
        List<FieldProblem> sorted = problems.stream().sorted(Comparator.comparingInt(p -> {
            int at = order.indexOf(PostingForm.fieldOf(p.field()));
            return at < 0 ? order.size() : at;
        })).toList();
        return FormErrors.of(sorted, PostingForm::fieldOf, p -> {
            String label = messages.getMessage("postings.form." + PostingForm.fieldOf(p.field()) + ".label", null, null,
                    locale);
            String message = p.message().in(locale);
            return label == null ? message : messages.getMessage("postings.form.error.labelled",
                    new Object[] {label, message}, locale);
        });
    }

    @GetMapping("/status")
    String statusForm() {
        return "postings/status";
    }

    // a POST keeps the access code out of addresses, logs and browser history
    @PostMapping("/status")
    String status(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                  Model model, Locale locale) {
        model.addAttribute("number", number.trim());
        requests.findWithCode(number.trim(), code).ifPresentOrElse(request -> {
            model.addAttribute("request", request);
            model.addAttribute("code", code);
            model.addAttribute("names", states.names(locale));
        }, () -> model.addAttribute("notFound", true));
        return "postings/status";
    }

    // a POST again, so that the access code stays out of addresses
    @PostMapping("/certificate")
    org.springframework.http.ResponseEntity<byte[]> certificate(@RequestParam(defaultValue = "") String number,
                                                                @RequestParam(defaultValue = "") String code,
                                                                @RequestParam(defaultValue = "") String certificate) {
        byte[] pdf = requests.certificateForRequester(number.trim(), code, certificate.trim())
                .orElseThrow(PostingRequestNotFound::new);
        return CertificatePdf.attachment(certificate.trim(), pdf);
    }

    private String form(Model model, PostingForm form, FormErrors errors, Locale locale) {
        return form(model, form, errors, locale, null);
    }

    private String form(Model model, PostingForm form, FormErrors errors, Locale locale, @Nullable String account) {
        model.addAttribute("form", form);
        // which fields the account fills: the page shows them read-only (null: an anonymous form)
        model.addAttribute("account", account);
        model.addAttribute("locked", account == null ? List.of() : "EMPLOYER".equals(account) ? List.of("employerName")
                : List.of("employerName", "familyName", "givenNames", "birthDate"));
        model.addAttribute("errors", errors);
        model.addAttribute("names", states.names(locale));
        // where this form is the place to apply and where it is not, from the same table as the simulator's answer
        model.addAttribute("desks", whereToApply.on(java.time.LocalDate.now()));
        return "postings/request-form";
    }
}

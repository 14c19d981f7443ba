package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.identity.ApplicantKind;
import org.liaison.identity.internal.ApplicantAccounts;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.RateLimits;
import org.liaison.shared.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Employers and self-employed persons create their account (issue #11 §4): the sign-up form, the page saying a link
 * was sent, the link's page (a button confirms, so that a mail scanner opening the link spends nothing) and sending
 * the link again. Sign-ups and new links are counted per client address, and new links also per e-mail address, in
 * the shared {@link RateLimits} like anonymous posting requests.
 */
@Controller
@RequestMapping("/account")
class ApplicantSignUpController {

    static final String[] FIELDS = {"email", "password", "passwordAgain", "kind", "siret", "companyName",
            "familyName", "givenNames", "birthDate"};

    private final ApplicantAccounts accounts;
    private final RateLimits limits;
    private final MessageSource messages;
    private final RateLimits.Allowance signUps;
    private final RateLimits.Allowance links;
    private final String publicUrl;

    ApplicantSignUpController(ApplicantAccounts accounts, RateLimits limits, MessageSource messages,
                              @Value("${liaison.account.sign-ups-per-hour:10}") int signUpsPerHour,
                              @Value("${liaison.account.links-per-hour:5}") int linksPerHour,
                              @Value("${liaison.public-url:}") String publicUrl) {
        this.accounts = accounts;
        this.limits = limits;
        this.messages = messages;
        this.signUps = new RateLimits.Allowance("account-sign-ups", signUpsPerHour, Duration.ofHours(1));
        this.links = new RateLimits.Allowance("account-links", linksPerHour, Duration.ofHours(1));
        this.publicUrl = publicUrl;
    }

    /** The sign-up form as posted. */
    record SignUpForm(@Nullable String email, @Nullable String password, @Nullable String passwordAgain,
                      @Nullable String kind, @Nullable String siret, @Nullable String companyName,
                      @Nullable String familyName, @Nullable String givenNames, @Nullable String birthDate) {

        static SignUpForm empty() {
            return new SignUpForm("", "", "", "EMPLOYER", "", "", "", "", "");
        }

        ApplicantAccounts.SignUp toSignUp() {
            ApplicantKind chosen = "EMPLOYER".equals(kind) ? ApplicantKind.EMPLOYER
                    : "SELF_EMPLOYED".equals(kind) ? ApplicantKind.SELF_EMPLOYED : null;
            return new ApplicantAccounts.SignUp(email, password, passwordAgain, chosen, siret, companyName,
                    familyName, givenNames, birthDate);
        }

        /** The form shown again after a problem: never the passwords. */
        SignUpForm withoutPasswords() {
            return new SignUpForm(email, "", "", kind, siret, companyName, familyName, givenNames, birthDate);
        }
    }

    @GetMapping("/signup")
    String form(Model model) {
        return form(model, SignUpForm.empty(), FormErrors.none());
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute SignUpForm form, Model model, Locale locale, HttpServletRequest http) {
        if (!limits.tryConsume(signUps, http.getRemoteAddr()).allowed()) {
            model.addAttribute("rateLimited", true);
            return form(model, form.withoutPasswords(), FormErrors.none());
        }
        List<FieldProblem> problems;
        try {
            problems = accounts.signUp(form.toSignUp(), linkBase(), locale);
        } catch (DuplicateKeyException e) {
            // two sign-ups with one address at the same instant: the other one made the account and sent its link,
            // and this one says what a sign-up with a known address says (never whether an account exists)
            return "identity/account-sent";
        }
        if (!problems.isEmpty()) {
            return form(model, form.withoutPasswords(), errors(problems, locale));
        }
        return "identity/account-sent";
    }

    @GetMapping("/verify")
    String verifyPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "identity/account-verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("verified", accounts.verify(token));
        model.addAttribute("token", "");
        return "identity/account-verify";
    }

    @GetMapping("/verify/resend")
    String resendForm() {
        return "identity/account-resend";
    }

    @PostMapping("/verify/resend")
    String resend(@RequestParam(defaultValue = "") String email, Model model, Locale locale, HttpServletRequest http) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        if (!limits.tryConsume(links, "client:" + http.getRemoteAddr()).allowed()
                || !limits.tryConsume(links, "email:" + VerificationKey.of(address)).allowed()) {
            model.addAttribute("rateLimited", true);
            return "identity/account-resend";
        }
        accounts.resend(address, linkBase(), locale);
        model.addAttribute("sent", true);
        return "identity/account-resend";
    }

    /**
     * Where the link in the mail points: the configured public address ({@code liaison.public-url}), else the one this
     * request came to (behind a proxy, the forwarded one: see docs/operations.md).
     */
    private String linkBase() {
        String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicUrl.replaceAll("/+$", "");
        return base + "/account/verify?token=";
    }

    private FormErrors errors(List<FieldProblem> problems, Locale locale) {
        List<String> order = List.of(FIELDS);
        List<FieldProblem> sorted = problems.stream()
                .sorted(java.util.Comparator.comparingInt(p -> order.indexOf(p.field()))).toList();
        return FormErrors.of(sorted, f -> f, p -> messages.getMessage("identity.applicant.error.labelled",
                new Object[] {messages.getMessage("identity.applicant." + p.field() + ".label", null, locale),
                        p.message().in(locale)}, locale));
    }

    private String form(Model model, SignUpForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/account-signup";
    }

    /** The rate limit's key for an e-mail address: its hash, so that the counts table holds no address. */
    static final class VerificationKey {
        static String of(String address) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(address.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 32);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

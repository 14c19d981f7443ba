package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.Seds;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.liaison.shared.web.AccessRules;
import org.liaison.shared.web.AccessRules.Level;
import org.liaison.shared.web.AccessRules.Rule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every page type, public and staff, in French and in English, rendered by the whole application: none may show a
 * message key Thymeleaf could not resolve ({@code ??key_fr??}) nor an expression left verbatim ({@code #{...}}). The
 * pages are read from the handler mappings (every GET of a {@code @Controller} that is not an API), so that a new page
 * is checked without anyone adding it here; one whose path variables this test cannot fill fails it until a value or
 * an exclusion (with its reason) is added below. Each page is asked by a user the access rules let in. Form results
 * that only a submission shows (the posting request's receipt and errors, an SED's errors, a simulator's result) are
 * checked too. Every failure is reported at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EveryPageResolvesItsMessagesTests {

    static final List<String> LANGUAGES = List.of("fr", "en");

    /** Thymeleaf's rendering of a key missing from the bundles, e.g. {@code ??care.usim.kind_fr??}. */
    static final Pattern MISSING_KEY = Pattern.compile("\\?\\?([^?<>\\n]{1,200}?)\\?\\?");

    /** Page handlers that are not pages, or are rendered otherwise here, with the reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "/certificates/{number}/pdf", "a PDF download, not an HTML page",
            "/postings/mine/certificates/{certificate}", "a PDF download, not an HTML page",
            "/error", "rendered below through real errors (404), not asked directly");

    /** Role preferred when several may see a page: officers and administrators see every case and record. */
    static final List<Role> PREFERRED = List.of(Role.LIAISON_OFFICER, Role.ADMIN);

    /** Expected status of a successful submission: a redirect, followed to a page answering 200. */
    static final int REDIRECTED = -2;

    static final Pattern ROLE_NAMES = Pattern.compile("'([A-Z_]+)'");

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    ExchangeCases cases;
    @Autowired
    Certificates certificates;

    final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    /** A page handler: its pattern, the rule that covers it and the handler's own role check, if any. */
    record Page(String pattern, String handler, @Nullable Rule rule, @Nullable String preAuthorize) {
    }

    @Test
    void everyPageTypeAndFormResultRendersWithEveryMessageResolvedInBothLanguages() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Map<Role, RequestPostProcessor> signedIn = new TreeMap<>();
        for (Role role : Role.values()) {
            String name = "keys-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix;
            users.create(new UserAdministration.NewUser(name, "Keys " + role.name(), null, null, EnumSet.of(role)));
            signedIn.put(role, user(name).roles(role.name()));
        }
        RequestPostProcessor officer = signedIn.get(Role.LIAISON_OFFICER);
        ExchangeCase opened = cases.open(new CaseOpening("LA_BUC_04", null, "FR:CLEISS", "DE:DVKA", "A009",
                Seds.valid("A009"), List.of()), CaseAccess.everything("test"));
        IssuedCertificate certificate = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
        String receipt = mvc.perform(postingForm("Martin").with(csrf())).andReturn().getResponse().getContentAsString();
        String requestNumber = between(receipt, "id=\"request-number\">", "<");
        String accessCode = between(receipt, "id=\"access-code\">", "<");

        // Real values for the path variables of each page, from what was created above or the reference data.
        Map<String, Map<String, String>> values = Map.of(
                "/admin/users/{username}", Map.of("username", "keys-admin-" + suffix),
                "/certificates/{number}", Map.of("number", certificate.number()),
                "/exchange/bucs/{type}", Map.of("type", "LA_BUC_04"),
                "/exchange/cases/{id}", Map.of("id", opened.id()),
                "/exchange/cases/{id}/compose", Map.of("id", opened.id()),
                "/exchange/cases/{id}/seds/{sedId}", Map.of("id", opened.id(), "sedId", opened.seds().get(0).id()),
                "/exchange/institutions/{id}", Map.of("id", "NO:NAVAT07"),
                "/exchange/seds/{code}", Map.of("code", "A009"),
                "/partners/{code}", Map.of("code", "DE"),
                "/postings/{number}", Map.of("number", requestNumber));
        // The query a page needs to be more than a 400: the SED to compose is chosen on the case page.
        Map<String, String> queries = Map.of("/exchange/cases/{id}/compose", "?sed=A005");

        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<Page> pages = pages();
        assertThat(pages).as("the page handlers were read").hasSizeGreaterThan(30);
        for (Page page : pages) {
            if (EXCLUDED.containsKey(page.pattern())) {
                continue;
            }
            if (page.rule() == null) {
                failures.add(page.pattern() + ": no access rule covers it (EndpointAccessTests says more)");
                continue;
            }
            String path = fill(page.pattern(), values.getOrDefault(page.pattern(), Map.of()));
            if (path == null) {
                failures.add(page.pattern() + " (" + page.handler() + "): this test cannot fill its path variables;"
                        + " add a real value to `values` or an exclusion with its reason");
                continue;
            }
            path += queries.getOrDefault(page.pattern(), "");
            RequestPostProcessor who = who(page, signedIn);
            for (String language : LANGUAGES) {
                check(mvc, get(path), who, language, "GET " + path, 200, true, failures);
            }
            checked.add(page.pattern());
        }

        // What only a query or a submission shows: the forms' results and errors, each in both languages.
        String compose = "/exchange/cases/" + opened.id() + "/compose";
        for (String language : LANGUAGES) {
            check(mvc, post(compose).param("sed", "A005").param("$.person.birthDate", "4 December 1961").with(csrf()),
                    officer, language, "POST " + compose + " (an SED with errors)", 200, true, failures);
            check(mvc, get("/exchange/cases/new").param("buc", "LA_BUC_04").param("owner", "FR:CLEISS")
                            .param("counterparty", "DE:DVKA").param("sed", "A009"), officer, language,
                    "GET /exchange/cases/new (an A009 to open a case)", 200, true, failures);
            check(mvc, post("/exchange/cases/new").param("buc", "LA_BUC_04").param("owner", "FR:CLEISS")
                            .param("counterparty", "DE:NOPE").param("sed", "A009").with(csrf()), officer, language,
                    "POST /exchange/cases/new (an unknown counterparty)", 200, true, failures);
            check(mvc, postingForm("Martin").with(csrf()), null, language,
                    "POST /postings/request (the receipt)", 200, true, failures);
            check(mvc, postingForm(" ").with(csrf()), null, language,
                    "POST /postings/request (a request with errors)", 200, true, failures);
            check(mvc, post("/postings/request/status").param("number", requestNumber).param("code", accessCode)
                    .with(csrf()), null, language, "POST /postings/request/status (a request found)", 200, false,
                    failures);
            check(mvc, post("/postings/request/status").param("number", requestNumber).param("code", "WRONG-CODE-0000")
                    .with(csrf()), null, language, "POST /postings/request/status (not found)", -1, true, failures);
            check(mvc, post("/account/signup").param("email", "nobody").param("kind", "EMPLOYER")
                            .param("siret", "73282932000075").with(csrf()), null, language,
                    "POST /account/signup (a sign-up with errors)", 200, true, failures);
            check(mvc, post("/account/verify").param("token", "unknown").with(csrf()), null, language,
                    "POST /account/verify (an unknown link)", 200, true, failures);
            check(mvc, postingForm("Martin").with(csrf()), signedIn.get(Role.APPLICANT), language,
                    "POST /postings/request (the receipt of an applicant)", 200, true, failures);
            check(mvc, get("/certificates/verify").param("number", certificate.number())
                    .param("code", certificate.verificationCode()), null, language,
                    "GET /certificates/verify (a valid certificate)", 200, true, failures);
            check(mvc, get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                    .param("states", "one").param("work", "DE").param("posted", "yes").param("from", "FR")
                    .param("substantial", "yes").param("affiliated", "yes").param("replaces", "no")
                    .param("start", "2026-01-01").param("end", "2026-12-31"), null, language,
                    "GET /simulators/applicable-legislation (a result)", 200, true, failures);
            check(mvc, get("/simulators/unemployment").param("submitted", "1").param("residenceState", "FR")
                    .param("lastActivityState", "LU").param("frontierWorker", "true").param("kind", "WHOLLY")
                    .param("choice", "").param("date", "2026-01-05").param("periods[0].state", "LU")
                    .param("periods[0].start", "2023-01-01").param("periods[0].end", "2026-01-04"), null, language,
                    "GET /simulators/unemployment (a result)", 200, true, failures);
            check(mvc, get("/simulators/unemployment").param("submitted", "1").param("residenceState", "FR")
                    .param("periods[0].state", "FR").param("periods[0].start", "2025-02-30"), null, language,
                    "GET /simulators/unemployment (errors)", 200, true, failures);
            check(mvc, get("/exchange/cases/unknown-case"), officer, language, "the error page (404)", 404, false,
                    failures);

            // Submissions whose success redirects to a page with a flash message, and their errors.
            RequestPostProcessor admin = signedIn.get(Role.ADMIN);
            check(mvc, post("/admin/users").param("username", "keys-new-" + language + "-" + suffix)
                            .param("displayName", "").param("roles", "INSTITUTION_AGENT").with(csrf()), admin, language,
                    "POST /admin/users (a user with errors)", 200, true, failures);
            check(mvc, post("/admin/users").param("username", "keys-new-" + language + "-" + suffix)
                            .param("displayName", "Jeanne Martin").param("roles", "TRANSLATOR").with(csrf()), admin,
                    language, "POST /admin/users (a user created)", REDIRECTED, true, failures);
            IssuedCertificate withdrawn = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
            String withdraw = "/certificates/" + withdrawn.number() + "/withdraw";
            check(mvc, post(withdraw).param("reason", " ").with(csrf()), officer, language,
                    "POST " + withdraw + " (no reason)", -1, true, failures);
            check(mvc, post(withdraw).param("reason", "Fraude établie").with(csrf()), officer, language,
                    "POST " + withdraw + " (withdrawn)", REDIRECTED, true, failures);
            ExchangeCase pension = cases.open(new CaseOpening("P_BUC_01", null, "FR:CNAV", "DE:DRVBUND", "P2000",
                    Seds.valid("P2000"), List.of()), CaseAccess.everything("test"));
            String p5000 = "/exchange/cases/" + pension.id() + "/compose";
            check(mvc, post(p5000).param("sed", "P5000").param("replyTo", "")
                            .param("$.person.familyName", "Martin").param("entries:$.person.givenNames", "1")
                            .param("$.person.givenNames[0]", "Claire").param("$.person.birthDate", "1961-12-04")
                            .param("$.person.sex", "F").param("entries:$.pension.periods", "1")
                            .param("$.pension.periods[0].type", "EMPLOYMENT").param("$.pension.periods[0].start", "1990-09-01")
                            .param("$.pension.periods[0].end", "2004-06-30").param("$.pension.periods[0].unit", "QUARTERS")
                            .param("$.pension.periods[0].quantity", "55").with(csrf()), officer, language,
                    "POST " + p5000 + " (an SED sent)", REDIRECTED, true, failures);
            check(mvc, post("/simulators/pension-estimate").with(csrf()), null, language,
                    "POST /simulators/pension-estimate (nothing answered)", -1, true, failures);
        }

        System.out.println("Page types rendered in " + LANGUAGES + " (" + checked.size() + "): " + checked);
        assertThat(failures).as("pages with an unresolved message key or that did not render").isEmpty();
    }

    /**
     * Renders one request in one language and records what is wrong: an unexpected status ({@code -1}: any status
     * below 500; {@link #REDIRECTED}: a redirect to a page answering 200), a redirect followed once (with its flash
     * message), and every unresolved key.
     */
    private static void check(MockMvc mvc, MockHttpServletRequestBuilder request, @Nullable RequestPostProcessor who,
                              String language, String what, int expected, boolean followRedirect,
                              List<String> failures) throws Exception {
        request.param("lang", language).accept(MediaType.TEXT_HTML);
        if (who != null) {
            request.with(who);
        }
        MvcResult result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        String label = what + " [" + language + "]";
        if (followRedirect && response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().startsWith("/") && !response.getRedirectedUrl().endsWith("/login")) {
            // The page after a redirect shows the flash message of the action (a key used nowhere else).
            label += " → " + response.getRedirectedUrl();
            MockHttpServletRequestBuilder next = get(response.getRedirectedUrl()).param("lang", language)
                    .accept(MediaType.TEXT_HTML);
            if (!result.getFlashMap().isEmpty()) {
                next.flashAttrs(result.getFlashMap());
            }
            if (who != null) {
                next.with(who);
            }
            response = mvc.perform(next).andReturn().getResponse();
        }
        if (expected == REDIRECTED && !label.contains(" → ")) {
            failures.add(label + ": status " + response.getStatus() + ", expected a redirect (the submission failed)");
            return;
        }
        boolean statusOk = expected == -1 ? response.getStatus() < 500
                : response.getStatus() == (expected == REDIRECTED ? 200 : expected);
        if (!statusOk) {
            failures.add(label + ": status " + response.getStatus() + ", expected " + (expected == -1 ? "< 500"
                    : expected) + (response.getRedirectedUrl() == null ? "" : " (to " + response.getRedirectedUrl() + ")"));
            return;
        }
        String type = response.getContentType();
        if (type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
            failures.add(label + ": answers " + type + ", not an HTML page; exclude it with its reason");
            return;
        }
        String body = response.getContentAsString();
        Set<String> missing = new LinkedHashSet<>();
        Matcher matcher = MISSING_KEY.matcher(body);
        while (matcher.find()) {
            missing.add(matcher.group(1));
        }
        if (missing.isEmpty() && body.contains("??")) {
            int at = body.indexOf("??");
            missing.add("?? near: " + body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 60)));
        }
        int expression = body.indexOf("#{");
        if (expression >= 0) {
            missing.add("#{ left verbatim near: " + body.substring(Math.max(0, expression - 40),
                    Math.min(body.length(), expression + 60)));
        }
        if (!missing.isEmpty()) {
            failures.add(label + ": " + missing);
        }
    }

    /** The user who asks a page: nobody for a public page, else a user of a role the rule and the handler accept. */
    private static @Nullable RequestPostProcessor who(Page page, Map<Role, RequestPostProcessor> signedIn) {
        Rule rule = page.rule();
        if (rule.access().level() == Level.PUBLIC && page.preAuthorize() == null) {
            return null;
        }
        Set<String> allowed = new LinkedHashSet<>();
        if (rule.access().level() == Level.ROLES) {
            allowed.addAll(rule.access().roles());
        } else {
            for (Role role : Role.values()) {
                allowed.add(role.name());
            }
        }
        if (page.preAuthorize() != null) {
            Set<String> checked = new LinkedHashSet<>();
            Matcher names = ROLE_NAMES.matcher(page.preAuthorize());
            while (names.find()) {
                checked.add(names.group(1));
            }
            allowed.retainAll(checked);
        }
        for (Role role : PREFERRED) {
            if (allowed.contains(role.name())) {
                return signedIn.get(role);
            }
        }
        return allowed.isEmpty() ? signedIn.get(Role.ADMIN) : signedIn.get(Role.valueOf(allowed.iterator().next()));
    }

    /** Every GET (or any-method) handler of a {@code @Controller} that renders a view, outside the API. */
    private List<Page> pages() {
        List<Rule> rules = AccessRules.ordered(context.getBeansOfType(AccessRules.class).values());
        Map<String, Page> pages = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                boolean view = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Controller.class)
                        && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                        && !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class);
                // Only this application's pages: a library's page (springdoc's redirect) carries none of our keys.
                if (!handler.getBeanType().getName().startsWith("org.liaison.")) {
                    continue;
                }
                if (!view || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                    continue;
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (pattern.startsWith("/api/") || pattern.startsWith("/actuator")) {
                        continue;
                    }
                    pages.putIfAbsent(pattern, new Page(pattern, handler.getBeanType().getSimpleName() + "#"
                            + handler.getMethod().getName(), rule(rules, pattern), preAuthorize(handler)));
                }
            }
        }
        return List.copyOf(pages.values());
    }

    private static @Nullable Rule rule(List<Rule> rules, String pattern) {
        String path = pattern.replaceAll("\\{[^}]*}", "x");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return rules.stream().filter(r -> PathPatternRequestMatcher.withDefaults().matcher(r.method(), r.pattern())
                .matches(request)).findFirst().orElse(null);
    }

    private static @Nullable String preAuthorize(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return onMethod != null ? onMethod.value() : onType != null ? onType.value() : null;
    }

    /** The pattern with its variables replaced, or null when one has no value (or a wildcard is left). */
    private static @Nullable String fill(String pattern, Map<String, String> values) {
        Matcher variables = Pattern.compile("\\{([^}]*)}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = values.get(variables.group(1));
            if (value == null) {
                return null;
            }
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString().contains("*") ? null : path.toString();
    }

    private static MockHttpServletRequestBuilder postingForm(String familyName) {
        return post("/postings/request").with(r -> {
                    r.setRemoteAddr("10.1.2." + (int) (Math.random() * 250));
                    return r;
                })
                .param("residence", "FR").param("nationality", "FR").param("familyName", familyName)
                .param("givenNames", "Claire").param("birthDate", "1985-04-12")
                .param("identifier", org.liaison.coordination.Situations.nir())
                .param("employerName", "Transports Dupont SA").param("employerId", "552100554")
                .param("employerSeat", "FR").param("substantialActivity", "yes").param("kind", "EMPLOYED")
                .param("workState", "DE").param("start", "2026-03-01").param("end", "2027-02-28")
                .param("replacesPostedWorker", "no").param("similarActivity", "unknown")
                .param("affiliatedSince", "2020-01-01").param("publicFields", "PERIOD");
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as("%s in the receipt", before).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}

package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.shared.web.AccessRules.Level;
import org.liaison.shared.web.AccessRules.Rule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint with the access it requires, read from the handler mappings (controllers, the error page,
 * springdoc and the actuator) and the static files, matched against every module's declared rules. An endpoint
 * that no rule covers fails the test (it would be refused to everyone). The table is written to
 * {@code target/endpoint-access.txt}. The declaration is then checked against the filter chains that really run:
 * for every endpoint, the decision for a stranger and for a user of each role; and, through whole requests, a
 * sample per access kind (a stranger gets 401 or the login page, a wrong role 403, the right role neither).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EndpointAccessTests {

    /** An endpoint mapped without a method answers them all: these are the ones a client would use. */
    static final List<HttpMethod> ANY_METHOD = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE);

    /** Spring Boot's handler of {@code classpath:static/}: the files it serves are listed one by one instead. */
    static final String STATIC_FILES = "/**";
    static final String STATIC_FILE = "static file";
    static final String RESOURCES = "resource handler";

    @Autowired
    WebApplicationContext context;

    @Autowired
    DeclaredAccess declared;

    @Autowired
    FilterChainProxy filterChains;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /**
     * One endpoint and what decides who may call it.
     *
     * @param rule         the first declared rule that matches it (null: none, the endpoint is refused to everyone)
     * @param preAuthorize the handler's own role check, if any (defence in depth: it comes on top of the rule)
     */
    record Endpoint(HttpMethod method, String pattern, String path, String handler, @Nullable Rule rule,
                    @Nullable String preAuthorize) {

        boolean hasVariables() {
            return !pattern.equals(path);
        }

        String row() {
            return "%-7s %-62s %-40s %-14s %s%s".formatted(method.name(), pattern,
                    rule == null ? "NO RULE" : rule.access(), rule == null ? "" : rule.module(), handler,
                    preAuthorize == null ? "" : " @PreAuthorize(" + preAuthorize + ")");
        }
    }

    @Test
    void everyEndpointIsCoveredByADeclaredRuleAndTheTableIsWritten() throws IOException {
        List<Endpoint> endpoints = endpoints();
        String table = table(endpoints);
        Path file = Path.of("target", "endpoint-access.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "%-7s %-62s %-40s %-14s %s%n".formatted("method", "endpoint", "access", "declared by",
                "handler") + table + "\n");
        System.out.println("Endpoint access (" + endpoints.size() + " endpoints, also in " + file + "):\n" + table);

        assertThat(endpoints).as("the handler mappings were read").hasSizeGreaterThan(100);
        assertThat(endpoints.stream().map(Endpoint::pattern))
                .as("controllers, the error page, springdoc, the actuator and static files are all listed")
                .contains("/exchange/cases/{id}", "/error", "/v3/api-docs", "/actuator/health", "/css/liaison.css");
        assertThat(endpoints.stream().filter(endpoint -> endpoint.rule() == null).map(Endpoint::row))
                .as("endpoints that no module's AccessRules covers (they would fall to denyAll)")
                .isEmpty();
    }

    @Test
    void everyEndpointIsCoveredByARuleOfTheModuleThatServesIt() {
        assertThat(endpoints().stream().filter(endpoint -> endpoint.rule() != null)
                .filter(endpoint -> !endpoint.rule().module().equals(module(endpoint)))
                .map(endpoint -> endpoint.row() + " is served by " + module(endpoint)))
                .as("endpoints covered by another module's rule")
                .isEmpty();
    }

    /** The module of the handler; the error page, springdoc, the actuator and static files are the kernel's. */
    private static String module(Endpoint endpoint) {
        return endpoint.handler().startsWith("org.liaison.") ? endpoint.handler().split("\\.")[2] : "shared";
    }

    /** One row per endpoint, and one per rule for the static files (DSFR alone has more than a thousand). */
    private static String table(List<Endpoint> endpoints) {
        List<String> rows = new ArrayList<>();
        Map<Rule, List<Endpoint>> files = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.handler().equals(STATIC_FILE) && endpoint.rule() != null) {
                files.computeIfAbsent(endpoint.rule(), rule -> new ArrayList<>()).add(endpoint);
            } else {
                rows.add(endpoint.row());
            }
        }
        files.forEach((rule, covered) -> rows.add(new Endpoint(HttpMethod.GET, rule.pattern(), rule.pattern(),
                "%d static files, e.g. %s".formatted(covered.size(), covered.get(0).pattern()), rule, null).row()));
        return rows.stream().sorted(Comparator.comparing((String row) -> row.substring(8))).collect(Collectors.joining("\n"));
    }

    @Test
    void theChainsThatRunDecideAsTheRulesDeclareForEveryEndpointAndEveryRole() {
        List<String> lies = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.rule() == null) {
                continue; // reported by the test above
            }
            MockHttpServletRequest request = request(endpoint.method(), endpoint.path());
            check(endpoint, request, "a stranger", stranger(), endpoint.rule().access().level() == Level.PUBLIC, lies);
            for (Role role : Role.values()) {
                boolean expected = switch (endpoint.rule().access().level()) {
                    case PUBLIC, AUTHENTICATED -> true;
                    case ROLES -> endpoint.rule().access().roles().contains(role.name());
                };
                check(endpoint, request, "a user with role " + role, signedIn(role), expected, lies);
            }
        }
        assertThat(lies).as("declared access against the running filter chains").isEmpty();
    }

    @Test
    void anAddressNoModuleDeclaredIsRefusedEvenToAnAdministrator() throws Exception {
        mvc.perform(get("/nowhere").with(user("boss").roles("ADMIN")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(get("/nowhere"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(get("/api/v1/nowhere").with(user("boss").roles("ADMIN")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403))
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/problem+json"));
        mvc.perform(get("/api/v1/nowhere"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(401));
    }

    @Test
    void aSampleOfEachAccessKindAnswersAsDeclaredOnPagesAndOnTheApi() throws Exception {
        List<String> checked = new ArrayList<>();
        for (boolean api : new boolean[] {false, true}) {
            for (Level level : Level.values()) {
                Endpoint sample = sample(api, level);
                checked.add(level + " " + sample.pattern());
                answersAsDeclared(sample);
            }
        }
        System.out.println("Access checked through whole requests: " + checked);
    }

    private void answersAsDeclared(Endpoint sample) throws Exception {
        boolean api = sample.path().startsWith("/api/");
        List<String> roles = sample.rule().access().roles();
        MvcResult stranger = mvc.perform(call(sample)).andReturn();
        if (sample.rule().access().level() == Level.PUBLIC) {
            assertPassed(sample, "a stranger", stranger);
            return;
        }
        if (api) {
            assertThat(stranger.getResponse().getStatus()).as("%s for a stranger", sample.pattern()).isEqualTo(401);
            assertThat(stranger.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
            assertThat(stranger.getResponse().getContentType()).startsWith("application/problem+json");
        } else {
            assertThat(stranger.getResponse().getRedirectedUrl()).as("%s for a stranger", sample.pattern())
                    .endsWith("/login");
        }
        Optional<Role> wrong = Arrays.stream(Role.values()).filter(role -> !roles.contains(role.name())).findFirst();
        if (sample.rule().access().level() == Level.ROLES && wrong.isPresent()) {
            MvcResult refused = mvc.perform(call(sample).with(user("someone").roles(wrong.get().name()))).andReturn();
            assertThat(refused.getResponse().getStatus()).as("%s for role %s", sample.pattern(), wrong.get())
                    .isEqualTo(403);
        }
        List<String> allowed = roles.isEmpty() ? List.of(Role.EDITOR.name()) : roles;
        for (String role : allowed) {
            assertPassed(sample, "role " + role, mvc.perform(call(sample).with(user("someone").roles(role))).andReturn());
        }
    }

    private static void assertPassed(Endpoint sample, String who, MvcResult result) {
        int status = result.getResponse().getStatus();
        String redirect = result.getResponse().getRedirectedUrl();
        assertThat(status).as("%s for %s", sample.pattern(), who).isNotIn(401, 403);
        assertThat(redirect == null || !redirect.endsWith("/login")).as("%s for %s: sent to %s", sample.pattern(),
                who, redirect).isTrue();
    }

    private static MockHttpServletRequestBuilder call(Endpoint sample) {
        return get(sample.path()).accept(sample.path().startsWith("/api/")
                ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
    }

    /** The first safe call of our own controllers with this access: a GET without variables nor a role check of its own. */
    private Endpoint sample(boolean api, Level level) {
        return endpoints().stream()
                .filter(endpoint -> endpoint.rule() != null && endpoint.rule().access().level() == level)
                .filter(endpoint -> endpoint.method() == HttpMethod.GET && !endpoint.hasVariables()
                        && endpoint.preAuthorize() == null)
                .filter(endpoint -> endpoint.handler().startsWith("org.liaison."))
                .filter(endpoint -> endpoint.path().startsWith("/api/") == api)
                .findFirst().orElseThrow(() -> new AssertionError("no sample for " + level + (api ? " (API)" : "")));
    }

    private void check(Endpoint endpoint, MockHttpServletRequest request, String who, Authentication user,
                       boolean expected, List<String> lies) {
        boolean granted = decision(request, user);
        if (granted != expected) {
            lies.add("%s %s for %s: declared %s, the chain %s".formatted(endpoint.method(), endpoint.pattern(), who,
                    endpoint.rule().access(), granted ? "grants it" : "refuses it"));
        }
    }

    /** What the authorisation filter of the chain that serves this request decides, without calling the handler. */
    private boolean decision(MockHttpServletRequest request, Authentication user) {
        SecurityFilterChain chain = filterChains.getFilterChains().stream().filter(c -> c.matches(request))
                .findFirst().orElseThrow();
        AuthorizationFilter filter = chain.getFilters().stream().filter(AuthorizationFilter.class::isInstance)
                .map(AuthorizationFilter.class::cast).findFirst().orElseThrow();
        return filter.getAuthorizationManager().authorize(() -> user, request).isGranted();
    }

    private static Authentication stranger() {
        return new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }

    private static Authentication signedIn(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                AuthorityUtils.createAuthorityList(role.authority()));
    }

    /** Every endpoint × method, sorted by pattern then method. */
    List<Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                List<HttpMethod> httpMethods = methods.isEmpty() ? ANY_METHOD
                        : methods.stream().map(RequestMethod::asHttpMethod).toList();
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (HttpMethod method : httpMethods) {
                        Endpoint endpoint = endpoint(method, pattern, describe(entry.getValue()),
                                preAuthorize(entry.getValue()));
                        endpoints.putIfAbsent(pattern + " " + method.name(), endpoint);
                    }
                }
            }
        }
        for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            for (PathPattern pattern : mapping.getPathPatternHandlerMap().keySet()) {
                if (!pattern.getPatternString().equals(STATIC_FILES)) {
                    endpoints.putIfAbsent(pattern.getPatternString() + " GET", endpoint(HttpMethod.GET,
                            pattern.getPatternString(), RESOURCES, null));
                }
            }
        }
        for (String file : staticFiles()) {
            endpoints.putIfAbsent(file + " GET", endpoint(HttpMethod.GET, file, STATIC_FILE, null));
        }
        return List.copyOf(endpoints.values());
    }

    private Endpoint endpoint(HttpMethod method, String pattern, String handler, @Nullable String preAuthorize) {
        String path = concrete(pattern);
        MockHttpServletRequest request = request(method, path);
        Rule rule = declared.rules().stream()
                .filter(r -> PathPatternRequestMatcher.withDefaults().matcher(r.method(), r.pattern()).matches(request))
                .findFirst().orElse(null);
        return new Endpoint(method, pattern, path, handler, rule, preAuthorize);
    }

    /** A path the pattern matches: each variable or wildcard becomes one segment. */
    static String concrete(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "x").replaceAll("\\{[^}]*}", "x").replace("**", "x")
                .replace("*", "x");
    }

    private static MockHttpServletRequest request(HttpMethod method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        request.setServletPath(path);
        return request;
    }

    private static String describe(HandlerMethod handler) {
        return handler.getBeanType().getName() + "#" + handler.getMethod().getName();
    }

    private static @Nullable String preAuthorize(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return onMethod != null ? onMethod.value() : onType != null ? onType.value() : null;
    }

    /** The files Spring Boot serves from {@code classpath:static/}, as the paths a browser asks for. */
    private static List<String> staticFiles() {
        try {
            List<String> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**")) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && !url.endsWith("/")) {
                    files.add(url.substring(url.lastIndexOf("/static/") + "/static".length()));
                }
            }
            return files.stream().filter(Predicate.not(String::isEmpty)).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

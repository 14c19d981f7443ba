package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything is authenticated except the public portal, the public registry pages and API, static assets and
 * the health probe. Pages send strangers to the login page; the API and actuator answer 401/403 with a problem
 * body. Administration (users, organisations, audit) needs the ADMIN role. CSRF protection, session fixation
 * protection and the secure headers are Spring Security's defaults. Method security (role checks on
 * controllers and services) is enabled in the identity configuration.
 * <p>
 * The API ({@code /api/**}) has its own chain for machine clients: stateless, HTTP Basic, no session and therefore
 * no CSRF token (no cookie ever authenticates an API call, so there is nothing to forge). Pages keep form login and
 * CSRF. Posting requests are submitted and followed without an account (number + access code); the queue and the
 * decisions belong to liaison officers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // one-off commands run without a web server
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/", "/legal-notice", "/personal-data", "/accessibility", "/error",
            "/partners", "/partners/**", "/timeline",
            "/api/v1/partners", "/api/v1/partners/**", "/api/v1/instruments", "/api/v1/instruments/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/simulators/**", "/certificates/verify", "/certificates/verify/**",
            "/api/v1/certificates/verification", "/api/v1/certificates/verification/**",
            "/actuator/health", "/actuator/health/**",
            "/dsfr/**", "/css/**", "/js/**", "/favicon.ico"
    };

    static final String[] ADMIN_PATHS = {"/admin/**", "/api/v1/audit/**",
            "/exchange/institutions/import", "/api/v1/exchange/institution-imports", "/api/v1/exchange/institution-imports/**", "/exchange/routing/rules/**", "/exchange/routing/organisations/**", "/api/v1/exchange/routing-rules/*"};

    static final String[] PUBLIC_POSTING_PAGES = {"/postings/request", "/postings/request/**"};

    /** Exchange cases and inbox: liaison officers see all, institution agents their institutions' cases only. */
    static final String[] EXCHANGE_CASE_PATHS = {"/exchange/cases", "/exchange/cases/**", "/exchange/inbox",
            "/api/v1/exchange/cases", "/api/v1/exchange/cases/**", "/api/v1/exchange/inbox"};

    static final String[] OFFICER_PATHS = {"/postings/**", "/api/v1/posting-requests", "/api/v1/posting-requests/*/decision",
            "/api/v1/posting-requests/*/agreement-request"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        AuthenticationEntryPoint basic = (request, response, exception) ->
                problems.commence(request, new BasicChallenge(response), exception);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/posting-requests").permitAll()
                        // the controller asks the requester for the access code
                        .requestMatchers(HttpMethod.GET, "/api/v1/posting-requests/*", "/api/v1/posting-requests/*/certificates/*").permitAll()
                        .requestMatchers(ADMIN_PATHS).hasRole("ADMIN")
                        .requestMatchers(OFFICER_PATHS).hasRole("LIAISON_OFFICER")
                        .requestMatchers(EXCHANGE_CASE_PATHS).hasAnyRole("LIAISON_OFFICER", "INSTITUTION_AGENT")
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(httpBasic -> httpBasic.realmName("Liaison").authenticationEntryPoint(basic))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(basic).accessDeniedHandler(problems));
        return http.build();
    }

    /** Turns the problem body's challenge into HTTP Basic's, which is what an API client can answer. */
    private static final class BasicChallenge extends HttpServletResponseWrapper {
        BasicChallenge(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "WWW-Authenticate".equalsIgnoreCase(name) ? "Basic realm=\"Liaison\"" : value);
        }
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginHandlers login) throws Exception {
        RequestMatcher machines = new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern("/api/**"), PathPatternRequestMatcher.pathPattern("/actuator/**"));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // form login's own permitAll matches "/login" without a query string only
                        .requestMatchers("/login").permitAll()
                        .requestMatchers(PUBLIC_POSTING_PAGES).permitAll()
                        .requestMatchers(ADMIN_PATHS).hasRole("ADMIN")
                        .requestMatchers(OFFICER_PATHS).hasRole("LIAISON_OFFICER")
                        .requestMatchers(EXCHANGE_CASE_PATHS).hasAnyRole("LIAISON_OFFICER", "INSTITUTION_AGENT")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(login)
                        .failureHandler(login)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(login)
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new ProblemResponses(), machines)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(new ProblemResponses(), machines));
        return http.build();
    }
}

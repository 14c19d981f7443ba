package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.List;
import org.liaison.shared.web.AccessRules;
import org.liaison.shared.web.SecureHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
 * Who may reach what is declared by each module: every module's web package provides an {@link AccessRules} bean
 * for its own addresses, and this configuration applies all of them, in {@link AccessRules#ordered}'s fixed order
 * (most specific pattern first), to both chains. An address no module declared is refused to everyone
 * ({@code denyAll}): {@code EndpointAccessTests} checks that every endpoint has a rule. Pages send strangers to the
 * login page; the API and actuator answer 401/403 with a problem body. CSRF protection, session fixation
 * protection are Spring Security's defaults; the secure headers are its defaults plus the content security,
 * referrer and permissions policies of {@link SecureHeaders}. Method security (role checks on controllers
 * and services) is enabled in the identity configuration.
 * <p>
 * The API ({@code /api/**}) has its own chain for machine clients: stateless, HTTP Basic, no session and therefore
 * no CSRF token (no cookie ever authenticates an API call, so there is nothing to forge). Pages keep form login and
 * CSRF.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // one-off commands run without a web server
class SecurityConfiguration {

    /** The chains' boundary: every module's API lives under it (DESIGN.md, "API contract"). */
    static final String API = "/api/**";

    /** Every module's rules, ordered and checked against identity's roles, as both chains apply them. */
    @Bean
    DeclaredAccess declaredAccess(List<AccessRules> modules) {
        return DeclaredAccess.of(modules);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, DeclaredAccess access) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        AuthenticationEntryPoint basic = (request, response, exception) ->
                problems.commence(request, new BasicChallenge(response), exception);
        http.securityMatcher(API)
                .authorizeHttpRequests(access::authorize)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(httpBasic -> httpBasic.realmName("Liaison").authenticationEntryPoint(basic))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(basic).accessDeniedHandler(problems));
        http.headers(SecureHeaders.api());
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, DeclaredAccess access, LoginHandlers login,
            @Value("${management.endpoints.web.base-path:/actuator}") String actuator) throws Exception {
        // machines get problem bodies, not the login page: the API, and the actuator wherever it is configured
        RequestMatcher machines = new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern(API), PathPatternRequestMatcher.pathPattern(actuator + "/**"));
        http.authorizeHttpRequests(access::authorize)
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
        http.headers(SecureHeaders.pages());
        return http.build();
    }
}

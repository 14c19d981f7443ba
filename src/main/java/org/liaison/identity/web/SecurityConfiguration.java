package org.liaison.identity.web;

import java.util.List;
import org.liaison.shared.web.AccessRules;
import org.liaison.shared.web.ServiceUnavailable;
import org.liaison.shared.web.SecureHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
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
 * login page and refuse a signed-in user with the site's 403 page (in their language, saying who they are and
 * where to go); the API and actuator answer 401/403 with a problem body. CSRF protection, session fixation
 * protection are Spring Security's defaults; the secure headers are its defaults plus the content security,
 * referrer and permissions policies of {@link SecureHeaders}. Method security (role checks on controllers
 * and services) is enabled in the identity configuration.
 * <p>
 * The API ({@code /api/**}) and the actuator have their own chains for machine clients: stateless, an API
 * client's bearer token or a user's HTTP Basic ({@link MachineAuthentication}), no session and therefore no CSRF
 * token (no cookie ever authenticates an API call, so there is nothing to forge). Pages keep form login and CSRF.
 * A sign-in that could not be checked because the database is unreachable is a 503, on every chain, never a
 * 401 or "wrong password" ({@link ServiceUnavailable}).
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
    SecurityFilterChain apiFilterChain(HttpSecurity http, DeclaredAccess access, MachineAuthentication machines)
            throws Exception {
        http.securityMatcher(API).authorizeHttpRequests(access::authorize);
        machines.apply(http);
        http.headers(SecureHeaders.api());
        return http.build();
    }

    /**
     * The actuator is for machines too (a monitoring tool with a token, or an operator's curl with Basic): its
     * own stateless chain, so that it accepts both and never answers with the login page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, DeclaredAccess access, MachineAuthentication machines,
            @Value("${management.endpoints.web.base-path:/actuator}") String actuator) throws Exception {
        http.securityMatcher(actuator, actuator + "/**").authorizeHttpRequests(access::authorize);
        machines.apply(http);
        http.headers(SecureHeaders.api());
        return http.build();
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
                        .defaultAccessDeniedHandlerFor(new ProblemResponses(), machines)
                        // named for every other request too: with one mapping only, Spring Security applies it to
                        // all requests, and a person refused a page got the machines' English JSON
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        http.headers(SecureHeaders.pages());
        return http.build();
    }
}

package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.liaison.identity.internal.ApiClientAuthenticator;
import org.liaison.identity.internal.ApiClientUsage;
import org.liaison.identity.internal.PasswordVerificationCache;
import org.liaison.shared.web.ServiceUnavailable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * How machines sign in, on the API's chain and on the actuator's: stateless (no session, hence no CSRF token to
 * forge), an API client's bearer token, or a user's HTTP Basic whose password check is cached for a minute
 * ({@link PasswordVerificationCache}); 401 and 403 as problem bodies. Basic goes through its own authentication
 * manager (the form keeps the global one, without cache) on {@link PasswordSignIn#forMachines()}, so that attempts
 * are counted before their password is checked whatever the way in.
 */
@Component
@ConditionalOnWebApplication // one-off commands run without a web server
class MachineAuthentication {

    private final ProviderManager basic;
    private final ApiClientAuthenticator tokens;
    private final ApiClientUsage usage;

    MachineAuthentication(PasswordSignIn passwords, ObjectProvider<AuthenticationEventPublisher> events,
                          ApiClientAuthenticator tokens, ApiClientUsage usage) {
        this.basic = new ProviderManager(passwords.forMachines());
        events.ifAvailable(this.basic::setAuthenticationEventPublisher);
        this.tokens = tokens;
        this.usage = usage;
    }

    void apply(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        AuthenticationEntryPoint challenge = (request, response, exception) -> {
            if (ServiceUnavailable.causedBy(exception)) {
                // the user store could not be read: a 401 would tell the client its password is wrong
                ServiceUnavailable.answer(request, response, exception);
            } else {
                problems.commence(request, new Challenges(response), exception);
            }
        };
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authenticationManager(basic)
                .httpBasic(httpBasic -> httpBasic.realmName("Liaison").authenticationEntryPoint(challenge))
                .addFilterBefore(new BearerTokenFilter(tokens, usage, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(challenge).accessDeniedHandler(problems));
    }

    /** Turns the problem body's challenge into the two a machine can answer: HTTP Basic, and a bearer token. */
    private static final class Challenges extends HttpServletResponseWrapper {
        Challenges(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("WWW-Authenticate".equalsIgnoreCase(name)) {
                super.setHeader(name, "Basic realm=\"Liaison\"");
                super.addHeader(name, "Bearer realm=\"Liaison\"");
            } else {
                super.setHeader(name, value);
            }
        }
    }
}

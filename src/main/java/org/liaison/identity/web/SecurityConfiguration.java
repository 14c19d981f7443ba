package org.liaison.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    static final String[] ADMIN_PATHS = {"/admin/**", "/api/v1/audit/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginHandlers login) throws Exception {
        RequestMatcher machines = new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern("/api/**"), PathPatternRequestMatcher.pathPattern("/actuator/**"));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // form login's own permitAll matches "/login" without a query string only
                        .requestMatchers("/login").permitAll()
                        .requestMatchers(ADMIN_PATHS).hasRole("ADMIN")
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

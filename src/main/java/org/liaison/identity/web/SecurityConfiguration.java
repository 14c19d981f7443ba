package org.liaison.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything is authenticated except the public portal, the public registry pages and API, static assets and
 * the health probe.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/", "/legal-notice", "/personal-data", "/accessibility", "/error",
            "/partners", "/partners/**", "/timeline",
            "/api/v1/partners", "/api/v1/partners/**", "/api/v1/instruments", "/api/v1/instruments/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**",
            "/dsfr/**", "/css/**", "/js/**", "/favicon.ico"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        return http.build();
    }
}

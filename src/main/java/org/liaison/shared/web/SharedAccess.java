package org.liaison.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The addresses every module relies on: error pages, static assets, the API description and the actuator. */
@Configuration(proxyBeanMethods = false)
class SharedAccess {

    @Bean
    AccessRules sharedAccessRules() {
        return AccessRules.of("shared")
                // an error page must reach whoever failed, signed in or not
                .to("/error").permitAll()
                // every signed-in person's landing page: each module's tiles check the roles themselves
                .to("/dashboard").authenticated()
                .to("/dsfr/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                .to("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                // the probes of an orchestrator; the components are shown to administrators only (show-details)
                .to("/actuator/health", "/actuator/health/**").permitAll()
                // metrics and information to administrators and monitoring tools (a person or an API client), with
                // HTTP Basic or a bearer token (the actuator has identity's stateless machine chain)
                .to("/actuator", "/actuator/info", "/actuator/metrics", "/actuator/metrics/**")
                .hasAnyRole("ADMIN", "MONITORING")
                // these two were left to "any request: signed in" before each module declared its rules, and are
                // kept so: the YAML twin of the API description, and the webjars (Swagger UI is served under
                // /swagger-ui/, nothing links to /webjars/)
                .to("/v3/api-docs.yaml").authenticated()
                .to("/webjars/**").authenticated()
                .build();
    }
}

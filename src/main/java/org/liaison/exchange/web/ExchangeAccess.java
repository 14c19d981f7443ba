package org.liaison.exchange.web;

import org.liaison.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub is for signed-in users; cases and the inbox for liaison officers (all cases) and institution agents (their
 * institutions' cases, which the case controllers filter); the institution repository's imports and changes to the
 * routing for administrators. The routing controllers check their roles again (@PreAuthorize): reading the routing
 * is for officers and administrators.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeAccess {

    static final String[] CASE_WORKERS = {"LIAISON_OFFICER", "INSTITUTION_AGENT"};

    @Bean
    AccessRules exchangeAccessRules() {
        return AccessRules.of("exchange")
                .to("/exchange").authenticated()
                .to("/exchange/cases", "/exchange/cases/**", "/exchange/inbox").hasAnyRole(CASE_WORKERS)
                .to("/api/v1/exchange/cases", "/api/v1/exchange/cases/**", "/api/v1/exchange/inbox").hasAnyRole(CASE_WORKERS)
                .to("/exchange/institutions", "/exchange/institutions/*").authenticated()
                .to("/api/v1/exchange/institutions", "/api/v1/exchange/institutions/**").authenticated()
                .to("/exchange/institutions/import").hasRole("ADMIN")
                .to("/api/v1/exchange/institution-imports", "/api/v1/exchange/institution-imports/**").hasRole("ADMIN")
                .to("/exchange/seds", "/exchange/seds/**", "/exchange/bucs", "/exchange/bucs/**").authenticated()
                .to("/api/v1/exchange/seds", "/api/v1/exchange/seds/**", "/api/v1/exchange/bucs", "/api/v1/exchange/bucs/**")
                .authenticated()
                .to("/exchange/routing", "/api/v1/exchange/routing", "/api/v1/exchange/routing-rules").authenticated()
                .to("/exchange/routing/rules/**", "/exchange/routing/organisations/**").hasRole("ADMIN")
                .to("/api/v1/exchange/routing-rules/*").hasRole("ADMIN")
                .build();
    }
}

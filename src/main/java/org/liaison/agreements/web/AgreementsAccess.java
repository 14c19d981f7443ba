package org.liaison.agreements.web;

import org.liaison.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry of partners and instruments is public, as pages and as API. */
@Configuration(proxyBeanMethods = false)
class AgreementsAccess {

    @Bean
    AccessRules agreementsAccessRules() {
        return AccessRules.of("agreements")
                .to("/partners", "/partners/**", "/timeline").permitAll()
                .to("/api/v1/partners", "/api/v1/partners/**", "/api/v1/instruments", "/api/v1/instruments/**").permitAll()
                .build();
    }
}

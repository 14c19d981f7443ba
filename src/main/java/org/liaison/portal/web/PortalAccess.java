package org.liaison.portal.web;

import org.liaison.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every page of the portal is public: the home page, the legal pages and the simulators. */
@Configuration(proxyBeanMethods = false)
class PortalAccess {

    @Bean
    AccessRules portalAccessRules() {
        return AccessRules.of("portal")
                .to("/", "/legal-notice", "/personal-data", "/accessibility").permitAll()
                .to("/simulators/**").permitAll()
                .build();
    }
}

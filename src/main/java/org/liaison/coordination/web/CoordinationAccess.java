package org.liaison.coordination.web;

import org.liaison.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engines' API is for signed-in users (institutions' systems and staff); the public reaches the same engines
 * through the portal's simulator pages.
 */
@Configuration(proxyBeanMethods = false)
class CoordinationAccess {

    @Bean
    AccessRules coordinationAccessRules() {
        return AccessRules.of("coordination")
                .to("/api/v1/coordination/**").authenticated()
                .build();
    }
}

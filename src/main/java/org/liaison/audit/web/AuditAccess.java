package org.liaison.audit.web;

import org.liaison.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trail is for administrators only (the controllers check the role again). */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

    @Bean
    AccessRules auditAccessRules() {
        return AccessRules.of("audit")
                .to("/admin/audit/**", "/api/v1/audit/**").hasRole("ADMIN")
                .build();
    }
}

package org.liaison.identity.web;

import org.liaison.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The login page is public (form login's own permission covers "/login" without a query string only, and the page
 * is also shown as "/login?error"); users, organisations and API clients are administered by administrators. Logging out is the
 * logout filter's, before any rule.
 */
@Configuration(proxyBeanMethods = false)
class IdentityAccess {

    @Bean
    AccessRules identityAccessRules() {
        return AccessRules.of("identity")
                .to("/login").permitAll()
                // applicants create their account and verify their address before they can sign in (issue #11 §4)
                .to("/account/signup", "/account/verify", "/account/verify/resend").permitAll()
                .to("/admin/users", "/admin/users/**", "/admin/organisations", "/admin/organisations/**",
                        "/admin/api-clients", "/admin/api-clients/**").hasRole("ADMIN")
                .build();
    }
}

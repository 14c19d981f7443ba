package org.liaison.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing (bcrypt through Spring's delegating encoder, so stored hashes carry their algorithm id) and
 * method security ({@code @PreAuthorize} role checks); scheduling for the summary of unknown sign-ins.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableScheduling // API clients' usage every minute; unknown names' failed sign-ins summarised every 15 minutes
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

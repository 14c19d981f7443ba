package org.liaison.agreements.internal;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.StateNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** France and its partners named in the reader's language, for every module's pages and readers. */
@Configuration(proxyBeanMethods = false)
class StateNamesConfiguration {

    @Bean
    StateNames stateNames(AgreementRegistry registry) {
        return new StateNames(registry);
    }
}

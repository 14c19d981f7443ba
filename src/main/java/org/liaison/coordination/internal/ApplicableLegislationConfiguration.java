package org.liaison.coordination.internal;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.ApplicableLegislation;
import org.liaison.coordination.SituationValidator;
import org.liaison.coordination.internal.rules.LegislationEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the applicable-legislation engine, plain Java, from the agreements registry. */
@Configuration(proxyBeanMethods = false)
class ApplicableLegislationConfiguration {

    @Bean
    ApplicableLegislation applicableLegislation(AgreementRegistry registry) {
        return new LegislationEngine(registry);
    }

    @Bean
    SituationValidator situationValidator(AgreementRegistry registry) {
        return new SituationValidator(registry);
    }
}

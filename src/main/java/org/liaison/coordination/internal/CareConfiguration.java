package org.liaison.coordination.internal;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.internal.healthcare.HealthcareEngine;
import org.liaison.coordination.internal.healthcare.HealthcareTariffs;
import org.liaison.coordination.internal.unemployment.UnemploymentEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the care engines, plain Java: unemployment from the agreements registry (governing instrument, export
 * months), healthcare from the dated French tariffs (the labelled demo set until the registry holds official ones).
 */
@Configuration(proxyBeanMethods = false)
class CareConfiguration {

    @Bean
    HealthcareTariffs healthcareTariffs() {
        return HealthcareTariffs.demo();
    }

    @Bean
    HealthcareEngine healthcareEngine(HealthcareTariffs tariffs) {
        return new HealthcareEngine(tariffs);
    }

    @Bean
    UnemploymentEngine unemploymentEngine(AgreementRegistry registry) {
        return new UnemploymentEngine(registry);
    }
}

package org.liaison.coordination.internal;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.benefits.BenefitExport;
import org.liaison.coordination.benefits.BenefitInputs;
import org.liaison.coordination.benefits.FamilyPriority;
import org.liaison.coordination.internal.export.ExportEngine;
import org.liaison.coordination.internal.family.FamilyEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the export and family-benefit engines, plain Java, from the agreements registry. */
@Configuration(proxyBeanMethods = false)
class BenefitsConfiguration {

    @Bean
    BenefitExport benefitExport(AgreementRegistry registry) {
        return new ExportEngine(registry);
    }

    @Bean
    FamilyPriority familyPriority(AgreementRegistry registry) {
        return new FamilyEngine(registry);
    }

    @Bean
    BenefitInputs benefitInputs() {
        return new BenefitInputs();
    }
}

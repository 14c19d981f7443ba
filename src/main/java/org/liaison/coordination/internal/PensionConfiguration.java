package org.liaison.coordination.internal;

import org.liaison.agreements.StateNames;
import org.liaison.coordination.internal.pensions.PensionEngine;
import org.liaison.coordination.pensions.PensionEstimates;
import org.liaison.coordination.pensions.PensionInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the pension engine, plain Java and stateless, as the module's {@link PensionEstimates}. */
@Configuration(proxyBeanMethods = false)
class PensionConfiguration {

    @Bean
    PensionEstimates pensionEstimates() {
        return new PensionEngine();
    }

    @Bean
    PensionInputs pensionInputs(PensionEstimates engine, StateNames states) {
        return new PensionInputs(engine, states);
    }
}

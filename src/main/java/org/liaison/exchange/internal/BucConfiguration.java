package org.liaison.exchange.internal;

import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.internal.bucs.DefinitionCatalogue;
import org.liaison.exchange.internal.bucs.RuleBasedBucEngine;
import org.liaison.exchange.internal.bucs.data.BucDefinitionLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the BUC definitions at start-up (a malformed file stops the start, naming the file and the JSON path) and
 * builds the BUC engine, plain Java, on them.
 */
@Configuration(proxyBeanMethods = false)
class BucConfiguration {

    @Bean
    BucDefinitions bucDefinitions() {
        return new DefinitionCatalogue(new BucDefinitionLoader(BucConfiguration.class.getClassLoader()).load());
    }

    @Bean
    BucEngine bucEngine(BucDefinitions definitions) {
        return new RuleBasedBucEngine(definitions);
    }
}

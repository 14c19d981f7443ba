package org.liaison.exchange.internal.cases;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The node's identity (properties {@code liaison.exchange.node.*}) and the hub's clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeNode.class)
class CasesConfiguration {

    @Bean
    ExchangeClock exchangeClock() {
        return new ExchangeClock(Clock.systemUTC());
    }
}

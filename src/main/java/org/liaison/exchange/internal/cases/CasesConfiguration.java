package org.liaison.exchange.internal.cases;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hub's clock (the node's identity, {@link ExchangeNode}, comes from the properties scan). */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

    @Bean
    ExchangeClock exchangeClock() {
        return new ExchangeClock(Clock.systemUTC());
    }
}

package org.liaison.exchange.internal.transport;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox relay and the exchange jobs run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TransportConfiguration {
}

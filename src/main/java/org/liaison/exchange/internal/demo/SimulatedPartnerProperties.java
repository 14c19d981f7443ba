package org.liaison.exchange.internal.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's simulated partner node: a second Liaison node in the same JVM, serving a foreign country's access point
 * through the in-process transport, with its own embedded database.
 *
 * @param enabled             start it (the demo profile does; never in production)
 * @param country             the partner's country
 * @param accessPoint         the access point it serves (the IR's institutions of that country name it)
 * @param liaisonInstitution  its liaison body in the IR
 * @param dataDir             its database's data directory
 * @param port                its web port (0: any free one; nobody signs in there, it answers by itself)
 * @param replyDelay          how long it waits before answering an SED, so that a case is seen waiting first
 * @param answers             whether it answers what it receives (set on the partner node itself)
 */
@ConfigurationProperties("liaison.exchange.simulated-partner")
public record SimulatedPartnerProperties(@DefaultValue("false") boolean enabled, @DefaultValue("DE") String country,
                                         @DefaultValue("DE:AP01") String accessPoint,
                                         @DefaultValue("DE:DVKA") String liaisonInstitution,
                                         @DefaultValue("./data/partner") String dataDir, @DefaultValue("0") int port,
                                         @DefaultValue("PT20S") Duration replyDelay,
                                         @DefaultValue("false") boolean answers) {
}

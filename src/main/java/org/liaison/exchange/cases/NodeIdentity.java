package org.liaison.exchange.cases;

import org.liaison.exchange.institutions.ExchangeEnvironment;

/**
 * Who this node is in the exchange network, for a module that opens cases in its name.
 *
 * @param country            the node's country, e.g. {@code FR}
 * @param accessPoint        the access point it answers for, as the institution repository names it
 * @param environment        production or test: a node never exchanges with the other environment
 * @param liaisonInstitution the liaison body's institution id, e.g. {@code FR:CLEISS}
 */
public record NodeIdentity(String country, String accessPoint, ExchangeEnvironment environment,
                           String liaisonInstitution) {
}

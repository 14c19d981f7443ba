/**
 * Exchange: the national hub for the electronic exchange of social security information with foreign institutions
 * (EESSI-like). The institution repository, the catalogue of structured electronic documents (SEDs) with their JSON
 * schemas, the business use cases (BUCs) as versioned data and their rules, and the cases exchanged inside them.
 * The root package is the hub's API: plain records and interfaces, no framework types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreements", "audit", "identity", "shared"})
package org.liaison.exchange;

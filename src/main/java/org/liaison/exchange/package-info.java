/**
 * Exchange: the national hub for the electronic exchange of social security information with foreign institutions
 * (EESSI-like). The institution repository, the catalogue of structured electronic documents (SEDs) with their JSON
 * schemas, the business use cases (BUCs) as versioned data and their rules, and the cases exchanged inside them.
 * Its API is split into named interfaces, one package each: {@code institutions}, {@code seds}, {@code bucs},
 * {@code cases} and {@code transport} (plain records and interfaces, no framework types); another module names
 * the ones it uses, e.g. {@code "exchange :: cases"}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreements", "audit", "identity", "shared"})
package org.liaison.exchange;

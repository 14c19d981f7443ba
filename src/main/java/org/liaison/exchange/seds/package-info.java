/**
 * Exchange API, the SED catalogue: every SED with its titles, its JSON Schema per data-model version,
 * validation with JSON paths, and the form generated from a schema.
 */
@org.springframework.modulith.NamedInterface("seds")
package org.liaison.exchange.seds;

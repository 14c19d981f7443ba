package org.liaison.exchange.seds;

import org.liaison.shared.LocalizedText;

/**
 * One problem found in an SED.
 *
 * @param jsonPath where, as a JSON path from the document's root (e.g. {@code $.person.birthDate}; {@code $} for the
 *                 whole document)
 * @param rule     the rule broken: a JSON Schema keyword ({@code required}, {@code pattern}, {@code format}...) or a
 *                 Liaison check ({@code json-syntax}, {@code nir-format}, {@code nir-key}, {@code period-order})
 * @param message  what is wrong, in French and English
 */
public record SedViolation(String jsonPath, String rule, LocalizedText message) {
}

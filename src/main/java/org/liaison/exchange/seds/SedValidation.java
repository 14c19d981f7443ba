package org.liaison.exchange.seds;

import java.util.List;

/**
 * The outcome of validating an SED document against its schema and Liaison's identifier checks: every violation,
 * none when the document is valid.
 */
public record SedValidation(String code, String version, List<SedViolation> violations) {

    public SedValidation {
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}

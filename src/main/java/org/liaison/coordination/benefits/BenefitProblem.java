package org.liaison.coordination.benefits;

import java.util.Objects;
import org.liaison.shared.LocalizedText;

/**
 * One problem found in the input of the export or family-benefit engine, with the path of the field at fault
 * (e.g. {@code entitlements[1].monthlyAmount}) so that a form can show it next to the field.
 */
public record BenefitProblem(String field, String code, LocalizedText message) {

    public BenefitProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

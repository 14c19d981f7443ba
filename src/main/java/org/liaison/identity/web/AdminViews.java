package org.liaison.identity.web;

import java.util.List;
import org.liaison.identity.internal.Violation;
import org.springframework.validation.BindingResult;

/** Helpers shared by the administration controllers. */
final class AdminViews {

    /** Dates are shown in the liaison body's time zone. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Paris");

    private AdminViews() {
    }

    static void reject(BindingResult binding, List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.field() == null || "password".equals(violation.field())) {
                binding.reject(violation.code());
            } else {
                binding.rejectValue(violation.field(), violation.code());
            }
        }
    }
}

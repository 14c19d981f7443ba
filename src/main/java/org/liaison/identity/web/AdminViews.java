package org.liaison.identity.web;

import java.util.List;
import java.util.Locale;
import org.liaison.shared.FieldProblem;
import org.springframework.validation.BindingResult;

/** Helpers shared by the administration controllers. */
final class AdminViews {

    /** Dates are shown in the liaison body's time zone. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Paris");

    private AdminViews() {
    }

    /** Each problem next to its field (the password and the form as a whole in the summary), in the reader's language. */
    static void reject(BindingResult binding, List<FieldProblem> problems, Locale locale) {
        for (FieldProblem problem : problems) {
            String message = problem.message().in(locale);
            if (problem.field().isEmpty() || "password".equals(problem.field())) {
                binding.reject(problem.code(), message);
            } else {
                binding.rejectValue(problem.field(), problem.code(), message);
            }
        }
    }
}

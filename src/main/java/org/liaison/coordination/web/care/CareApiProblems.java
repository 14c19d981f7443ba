package org.liaison.coordination.web.care;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.shared.web.FieldMessages;
import org.liaison.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem bodies for the care calculators: every input problem with its JSON path, code and message in the
 * request's language; a body that cannot be read (a number where text is expected) names the faulty field too.
 */
@RestControllerAdvice(assignableTypes = {HealthcareApiController.class, UnemploymentApiController.class})
class CareApiProblems {

    private final FieldMessages messages;

    CareApiProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail rejected(CareInputRejected e, Locale locale) {
        ProblemDetail problem = invalid(locale, e.problems().size());
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", p.message().in(locale))).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        String field = e.getCause() instanceof JacksonException j ? path(j) : "";
        ProblemDetail problem = invalid(locale, 1);
        problem.setProperty("errors", List.of(Map.of("field", field, "code", "UNREADABLE",
                "message", messages.message("problem.UNREADABLE", locale, field))));
        return problem;
    }

    private ProblemDetail invalid(Locale locale, int count) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                messages.message("care.api.problem.title", locale),
                messages.message("care.api.problem.detail", locale, count));
    }

    /** The JSON path of the faulty value, e.g. {@code periods[1].from}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

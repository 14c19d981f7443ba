package org.liaison.coordination.web.benefits;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.shared.web.FieldMessages;
import org.liaison.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the benefits API: every input problem with its JSON path, in the request's language. */
@RestControllerAdvice(assignableTypes = BenefitsApiController.class)
class BenefitsApiProblems {

    private final FieldMessages messages;

    BenefitsApiProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(BenefitsApiController.InvalidBenefitInput e, Locale locale) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                messages.message("postings.problem.title", locale),
                messages.message("postings.problem.detail", locale, e.problems().size()));
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", p.message().in(locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}

package org.liaison.coordination.web.pensions;

import java.util.Locale;
import org.liaison.shared.web.FieldMessages;
import org.liaison.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the pension API: one 400 listing every problem with its JSON path. */
@RestControllerAdvice(assignableTypes = PensionApiController.class)
class PensionApiProblems {

    private final MessageSource messages;

    PensionApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(PensionApiController.InvalidPensionInput e, Locale locale) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                messages.getMessage("pensions.problem.title", null, locale),
                messages.getMessage("pensions.problem.detail", new Object[] {e.problems().size()}, locale));
        problem.setProperty("errors", e.problems().stream()
                .map(p -> new FieldMessages.FieldError(p.field(), p.message().in(locale))).toList());
        return problem;
    }
}

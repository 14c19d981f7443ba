package org.liaison.exchange.web.bucs;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the BUC API, in the request's language; input problems list every JSON path. */
@RestControllerAdvice(assignableTypes = BucApiController.class)
class BucApiProblems {

    /** A problem as the API shows it. */
    record FieldError(String field, String message) {
    }

    private final MessageSource messages;

    BucApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail unknown(BucApiExceptions.UnknownBuc e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "unknown-buc", message("bucs.api.problem.unknown.title", locale),
                message("bucs.api.problem.unknown", locale, e.type()));
    }

    @ExceptionHandler
    ProblemDetail invalid(BucApiExceptions.InvalidRequest e, Locale locale) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), message(p.key(), locale, p.arguments().toArray()))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", message("bucs.api.problem.invalid.title", locale),
                message("bucs.api.problem.invalid", locale, errors.size()));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:liaison:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}

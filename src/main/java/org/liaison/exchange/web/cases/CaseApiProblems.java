package org.liaison.exchange.web.cases;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.cases.CaseRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem bodies for the cases API, in the request's language: every problem with its JSON path, a stable
 * code and the rule broken (a schema keyword, the BUC rule, the IR).
 */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
class CaseApiProblems {

    /** A problem as the API shows it. */
    record FieldError(String field, String code, String message, @Nullable String rule) {
    }

    private final MessageSource messages;

    CaseApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(CaseRefusedException e, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_ALLOWED -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        String kind = e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.path(), p.code(), p.message().in(locale), p.rule())).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("cases.api.problem." + kind, new Object[] {errors.size()}, locale));
        problem.setType(URI.create("urn:liaison:problem:case-" + kind));
        problem.setTitle(messages.getMessage("cases.api.problem." + kind + ".title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}

package org.liaison.exchange.web.routing;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the routing-rule API, in the request's language; every bad field is listed. */
@RestControllerAdvice(assignableTypes = RoutingApiController.class)
class RoutingApiProblems {

    /** Bad fields in a rule, every one of them. */
    static final class Invalid extends RuntimeException {
        private final transient List<RoutingRuleInput.FieldProblem> problems;

        Invalid(List<RoutingRuleInput.FieldProblem> problems) {
            super("invalid routing rule", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    /** No rule has this id. */
    static final class NotFound extends RuntimeException {
        private final long id;

        NotFound(long id) {
            super("no such routing rule", null, false, false);
            this.id = id;
        }
    }

    private final MessageSource messages;

    RoutingApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(Invalid e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-routing-rule", "routing.problem.invalid.title",
                messages.getMessage("routing.problem.invalid.detail", new Object[] {e.problems.size()}, locale), locale);
        problem.setProperty("errors", e.problems.stream().map(p -> Map.of("path", "$." + p.field(), "field", p.field(),
                "code", p.code(), "message", messages.getMessage(p.code(), null, locale))).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "routing.problem.not-found.title",
                messages.getMessage("routing.problem.not-found.detail", new Object[] {String.valueOf(e.id)}, locale),
                locale);
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:liaison:problem:" + type));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        return problem;
    }
}

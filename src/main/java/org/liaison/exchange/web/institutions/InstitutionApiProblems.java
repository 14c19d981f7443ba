package org.liaison.exchange.web.institutions;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.exchange.internal.institutions.ImportProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the IR API, in the request's language; every bad parameter or record is listed. */
@RestControllerAdvice(assignableTypes = InstitutionApiController.class)
class InstitutionApiProblems {

    private final MessageSource messages;

    InstitutionApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InstitutionApiExceptions.InvalidParameters e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "institutions.problem.invalid.title",
                messages.getMessage("institutions.problem.invalid.detail", new Object[] {e.problems().size()}, locale), locale);
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "code", p.code(),
                "message", messages.getMessage(p.code(), null, locale))).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(InstitutionApiExceptions.NotFound e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "institutions.problem.not-found.title",
                messages.getMessage("institutions.not-found.detail", new Object[] {e.id()}, locale), locale);
    }

    @ExceptionHandler
    ProblemDetail refused(InstitutionApiExceptions.Refused e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "import-refused", "institutions.problem.refused.title",
                messages.getMessage("institutions.problem.refused.detail", new Object[] {e.summary().refused()}, locale),
                locale);
        problem.setProperty("runId", e.summary().runId());
        problem.setProperty("records", e.summary().records());
        problem.setProperty("refused", e.summary().refused());
        problem.setProperty("errors", errors(e.summary().problems(), locale));
        return problem;
    }

    private List<Map<String, Object>> errors(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("index", p.index());
            error.put("line", p.line());
            error.put("column", p.column());
            error.put("path", p.path());
            error.put("code", p.code());
            error.put("message", messages.getMessage("institutions.import.problem." + p.code(), null, p.code(), locale));
            return error;
        }).toList();
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:liaison:problem:" + type));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        return problem;
    }
}

package org.liaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The one handler of refused requests, for every module, pages and API alike (ADR 0008): a module's
 * {@link ProblemException} and Spring's own client errors (its {@link ErrorResponse}s, unreadable JSON, a malformed
 * parameter). An API request (or a client asking for JSON) gets the problem body of {@link ProblemDescriptions};
 * a page request gets the error page with the same status, through {@link ErrorPagesController}. A database that
 * cannot be reached is a 503 with {@code Retry-After} ({@link ServiceUnavailable}). Anything else, server errors
 * included, goes on to the next resolver (Spring's, then {@link UnexpectedErrorResolver}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler {

    /** As {@link ErrorPagesController} writes it, so that a client sees one content type whichever path answered. */
    private static final MediaType PROBLEM_JSON = new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

    private final ProblemDescriptions problems;

    ProblemHandler(MessageSource messages) {
        this.problems = new ProblemDescriptions(messages);
    }

    /**
     * Declared for every exception so that one method decides; what it does not answer it throws again, which Spring
     * documents as "not handled here" (the next resolver then sees the original exception).
     */
    @ExceptionHandler(Exception.class)
    @Nullable ResponseEntity<Map<String, Object>> refused(Exception error, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws Exception {
        if (ServiceUnavailable.causedBy(error) && !response.isCommitted()) {
            // the database is down or unreachable: the same request will succeed once it is back
            ServiceUnavailable.logged(request, error);
            return answer(HttpStatus.SERVICE_UNAVAILABLE, error, unavailable(), request, response, locale);
        }
        HttpStatus status = ProblemDescriptions.statusOf(error);
        if (status == null || status.is5xxServerError() || response.isCommitted()) {
            throw error;
        }
        return answer(status, error, headers(error), request, response, locale);
    }

    private @Nullable ResponseEntity<Map<String, Object>> answer(HttpStatus status, Exception error,
            HttpHeaders headers, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        String path = Shell.of(request, locale).path();
        if (!ErrorPagesController.wantsProblem(request, path)) {
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.sendError(status.value());
            return null;
        }
        Map<String, Object> body = problems.describe(status, error, path, null, locale);
        return ResponseEntity.status(status).headers(headers).contentType(PROBLEM_JSON).body(body);
    }

    private static HttpHeaders unavailable() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(ServiceUnavailable.RETRY_AFTER.toSeconds()));
        return headers;
    }

    private static HttpHeaders headers(Exception error) {
        HttpHeaders headers = new HttpHeaders();
        if (error instanceof ErrorResponse response) {
            // e.g. Allow on a 405
            headers.putAll(response.getHeaders());
        }
        Duration wait = error instanceof ProblemException refused ? refused.problem().retryAfter() : null;
        if (wait != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
        }
        return headers;
    }
}

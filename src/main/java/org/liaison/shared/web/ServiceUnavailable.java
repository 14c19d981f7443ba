package org.liaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * The answer to a request that failed because the database could not be reached: 503 with {@code Retry-After}, as
 * the API's problem body or the DSFR page ({@link ErrorPagesController}), whichever part of the application noticed
 * (a controller through {@link ProblemHandler}, the sign-in through identity's handlers, a page while rendering).
 * Such a failure says nothing about the request, so it is never a 401 ("wrong password") nor a 500.
 */
public final class ServiceUnavailable {

    /** How long a client is asked to wait: about what a restarted database or a failed-over pool needs. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailable.class);

    private ServiceUnavailable() {
    }

    /** Whether the failure comes from an unreachable database (see {@link DatabaseUnavailable}). */
    public static boolean causedBy(@Nullable Throwable failure) {
        return DatabaseUnavailable.in(failure);
    }

    /** Sets the status and {@code Retry-After}, for a handler that renders its own page (the login form). */
    public static void mark(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        logged(request, failure);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
    }

    /** Answers 503 through the error page: the problem body for the API, the DSFR page otherwise. */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        logged(request, failure);
        if (!response.isCommitted()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /**
     * One line per refused request, without a stack trace (the pool logs the cause once) and without messages (a
     * failed statement's message may quote a person's data): the exception classes only.
     */
    static void logged(HttpServletRequest request, Throwable failure) {
        if (log.isWarnEnabled()) {
            log.warn("Database unavailable: {} answered 503 ({})", request.getMethod(), classes(failure));
        }
    }

    private static String classes(Throwable failure) {
        StringBuilder classes = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            classes.append(depth == 0 ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return classes.toString();
    }
}

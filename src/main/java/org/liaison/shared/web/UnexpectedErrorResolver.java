package org.liaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.Redacted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last resort for exceptions no module handled: answers 500 through the error page (HTML or problem details)
 * and logs the failure under a short reference shown to the user. Exception messages may carry what a user typed,
 * so the log keeps the exception classes and stack frames but withholds every message.
 */
class UnexpectedErrorResolver implements HandlerExceptionResolver, Ordered {

    /** Request attribute holding the reference of the logged failure. */
    static final String REFERENCE = UnexpectedErrorResolver.class.getName() + ".reference";

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorResolver.class);

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception exception) {
        if (isSecurityDecision(exception)) {
            // Spring Security turns these into a sign-in redirect, 401 or 403
            return null;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        request.setAttribute(REFERENCE, reference);
        log.error("Unexpected error {} on {} (messages withheld)", reference, request.getMethod(), Redacted.of(exception));
        try {
            if (!response.isCommitted()) {
                response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response is already written: nothing more to tell it
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean isSecurityDecision(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }
}

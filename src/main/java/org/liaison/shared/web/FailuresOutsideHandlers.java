package org.liaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.apache.catalina.connector.ClientAbortException;
import org.liaison.shared.Redacted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A failure that no handler resolved (a page whose template fails while it renders, a filter) would reach Tomcat,
 * which logs it with its messages ("Servlet.service() … threw exception …"), and a message may quote what a person
 * typed. This outermost filter catches it first: it is logged as {@link UnexpectedErrorResolver} logs the others,
 * under a reference and without messages (an unreachable database is logged by {@link ServiceUnavailable} instead),
 * and answered through the error page, which shows the reference (or the 503 page).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FailuresOutsideHandlers extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorResolver.class);
    private static final String ERROR = DefaultErrorAttributes.class.getName() + ".ERROR";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ClientAbortException gone) {
            // the client left: nobody to answer, nothing went wrong here
        } catch (ServletException | IOException | RuntimeException failure) {
            Throwable cause = failure instanceof ServletException servlet && servlet.getRootCause() != null
                    ? servlet.getRootCause() : failure;
            if (!ServiceUnavailable.causedBy(cause)) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                request.setAttribute(UnexpectedErrorResolver.REFERENCE, reference);
                log.error("Unexpected error {} on {} (messages withheld)", reference, request.getMethod(),
                        Redacted.of(cause));
            }
            if (!response.isCommitted()) {
                // what the error page reads to tell a dead database (503) from any other failure (500)
                request.setAttribute(ERROR, cause);
                request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, cause);
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}

package org.liaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above {@code spring.servlet.multipart.max-request-size} fails while its parts are read, which the first
 * filter to read a form field (Spring Security's CSRF check) does: the user got a 500. This filter reads the parts
 * first and, when they are too large, answers 413 through the error page (a page or a problem body, in the user's
 * language). The error page is reached as a GET of the query string alone: the body is never read again.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (!isSizeLimit(e)) {
                throw e;
            }
            // the query string's parameters only: nothing reads the refused body again
            ErrorDispatch.forward(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    new MaxUploadSizeExceededException(-1, e), ErrorDispatch.queryParameters(request));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tomcat's and Spring's size-limit failures, whatever wraps them. */
    static boolean isSizeLimit(@Nullable Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException
                    || t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}

package org.liaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InputLimits;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request parameter (query string or form field, the login form's included) with a control character other than
 * tab, carriage return and line feed is refused here, before Spring Security and the controllers (issue #10 §3):
 * PostgreSQL refuses NUL in text, which gave 500s from every form and from the sign-in (where it must not count as
 * a failed attempt either), and Spring Security's firewall refuses such a parameter name only when a controller reads
 * it, which gave a 500 too. The answer is a 400: the error page, or for the API a problem body naming the parameter.
 * The error page is reached as a GET without parameters: the refused values are never read again.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
// after the character encoding (highest precedence) and the upload limit, before Spring Security (-100)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ParameterCharactersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused = refusedParameter(request.getParameterMap());
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        String field = InputLimits.hasControlCharacter(refused) ? "" : refused;
        InvalidInputException problem = InvalidInputException.ofParameters(List.of(new FieldProblem(field,
                "CONTROL_CHARACTER", Message.of("i18n.common", "problem.parameter.control-character", field))));
        WithoutParameters error = new WithoutParameters(request);
        error.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        error.setAttribute(RequestDispatcher.ERROR_EXCEPTION, problem);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher("/error").forward(error, response);
    }

    /** The name of the first parameter whose name or one of whose values has a control character; null if none. */
    static @Nullable String refusedParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (InputLimits.hasControlCharacter(parameter.getKey())) {
                return parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (InputLimits.hasControlCharacter(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    /** The request as a GET without parameters nor body. */
    static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getQueryString() {
            return null;
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }
    }
}

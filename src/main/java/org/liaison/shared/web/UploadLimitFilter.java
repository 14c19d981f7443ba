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
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

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
            QueryOnly error = new QueryOnly(request);
            error.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            error.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(-1, e));
            request.getRequestDispatcher("/error").forward(error, response);
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

    /** The request as a GET with the query string's parameters only: nothing reads the refused body again. */
    static final class QueryOnly extends HttpServletRequestWrapper {

        private final MultiValueMap<String, String> query;

        QueryOnly(HttpServletRequest request) {
            super(request);
            MultiValueMap<String, String> parsed = new LinkedMultiValueMap<>();
            if (request.getQueryString() != null) {
                UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                        .forEach((name, values) -> values.forEach(v -> parsed.add(decode(name),
                                v == null ? "" : decode(v))));
            }
            this.query = parsed;
        }

        private static String decode(String text) {
            return UriUtils.decode(text.replace('+', ' '), java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String getMethod() {
            return "GET";
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
            return query.getFirst(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new java.util.LinkedHashMap<>();
            query.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return query.containsKey(name) ? query.get(name).toArray(String[]::new) : null;
        }
    }
}

package org.liaison.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The error page for a request a filter refused before any handler ran (an upload over the limit, a parameter with a
 * control character): forwarded to {@code /error} as a GET that carries only the parameters given, with no body and
 * no content type, so that nothing downstream reads the refused input again.
 */
final class ErrorDispatch {

    private ErrorDispatch() {
    }

    static void forward(HttpServletRequest request, HttpServletResponse response, int status, Throwable cause,
                        MultiValueMap<String, String> parameters) throws ServletException, IOException {
        AsGet error = new AsGet(request, parameters);
        error.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        error.setAttribute(RequestDispatcher.ERROR_EXCEPTION, cause);
        response.setStatus(status);
        request.getRequestDispatcher("/error").forward(error, response);
    }

    /** The parameters of the request's query string, decoded; the body is not read. */
    static MultiValueMap<String, String> queryParameters(HttpServletRequest request) {
        MultiValueMap<String, String> parsed = new LinkedMultiValueMap<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                    .forEach((name, values) -> values.forEach(v -> parsed.add(decode(name), v == null ? "" : decode(v))));
        }
        return parsed;
    }

    private static String decode(String text) {
        return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
    }

    /** The request as a GET with these parameters only. */
    private static final class AsGet extends HttpServletRequestWrapper {

        private final MultiValueMap<String, String> parameters;

        AsGet(HttpServletRequest request, MultiValueMap<String, String> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getQueryString() {
            return parameters.isEmpty() ? null : super.getQueryString();
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
            return parameters.getFirst(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>();
            parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.containsKey(name) ? parameters.get(name).toArray(String[]::new) : null;
        }
    }
}

package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem bodies for API clients that are not signed in (401) or lack the role (403): a machine
 * gets no login page. A bearer token that is wrong, expired or revoked gets a 401 whose challenge says so
 * (RFC 6750's {@code error="invalid_token"}).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication is required to access this resource.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow access to this resource.");
    }

    /** A bearer token that does not authenticate: the client must get a new one, not retry. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        // the description is one of ours, without quotes to escape
        write(request, response, HttpStatus.UNAUTHORIZED, detail,
                "Bearer realm=\"Liaison\", error=\"invalid_token\", error_description=\"" + detail + "\"");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String detail) throws IOException {
        write(request, response, status, detail,
                status == HttpStatus.UNAUTHORIZED ? "FormBased realm=\"Liaison\"" : null);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String detail, String challenge) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
    }
}

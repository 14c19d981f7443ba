package org.liaison.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.identity.internal.ApiClientAuthenticator;
import org.liaison.identity.internal.ApiClientAuthenticator.Accepted;
import org.liaison.identity.internal.ApiClientAuthenticator.Refused;
import org.liaison.identity.internal.ApiClientUsage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the machines' chains: an API client's token is checked and the client
 * signed in for this request only (no session), then its call counted. A wrong, expired or revoked token ends the
 * request with a 401 problem: falling back to anonymous access would let a client with a dead token believe a
 * public call was authenticated. A request without a bearer token goes on untouched (HTTP Basic, or anonymous).
 * A database error is not caught: it is not a wrong token, and must not read as one.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiClientAuthenticator authenticator;
    private final ApiClientUsage usage;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiClientAuthenticator authenticator, ApiClientUsage usage, ProblemResponses problems) {
        this.authenticator = authenticator;
        this.usage = usage;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        ApiClientAuthenticator.Result result = authenticator.authenticate(header.substring(SCHEME.length()).strip());
        if (result instanceof Refused refused) {
            contexts.clearContext();
            problems.invalidToken(request, response, switch (refused.reason()) {
                case EXPIRED -> "The access token has expired.";
                case REVOKED -> "The access token has been revoked.";
                case INVALID -> "The access token is not valid.";
            });
            return;
        }
        Accepted accepted = (Accepted) result;
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(accepted.authentication());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            usage.record(accepted.client().id(), accepted.client().getName(),
                    response.getStatus() == HttpStatus.FORBIDDEN.value());
        }
    }
}

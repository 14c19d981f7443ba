package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.identity.internal.LoginAttempts;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in and sign-out outcomes: counts failures (lock-out), audits, and picks the message the login page
 * shows. Wrong password, unknown user and disabled account all get the same message so that the page never
 * tells whether an account exists; only a temporary lock-out is said as such.
 */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private final LoginAttempts attempts;

    LoginHandlers(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        attempts.succeeded(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String target;
        if (exception instanceof LockedException) {
            attempts.refused(username, "locked");
            target = "/login?locked";
        } else if (exception instanceof DisabledException) {
            attempts.refused(username, "disabled");
            target = "/login?error";
        } else {
            target = attempts.failed(username) == LoginAttempts.Outcome.LOCKED ? "/login?locked" : "/login?error";
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            attempts.loggedOut(authentication.getName());
        }
    }
}

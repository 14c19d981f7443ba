package org.liaison.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.identity.internal.LoginAttempts;
import org.liaison.shared.web.DashboardTiles;
import org.liaison.shared.web.ServiceUnavailable;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in and sign-out through the form: audits them and picks the message the login page shows (attempts are
 * counted for every way in by {@link PasswordSignIn}). Wrong password, unknown user and disabled account all get the
 * same message, and a user name that names no account is locked out like an account, so that the page never tells
 * whether an account exists; only a temporary lock-out (of the name or of the address) is said as such.
 * When the database cannot be reached the password was not checked: the login page answers 503 and says the
 * service is unavailable.
 */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private final LoginAttempts attempts;

    LoginHandlers(LoginAttempts attempts) {
        this.attempts = attempts;
        // the work waiting for them, not the public home page; a page asked for before signing in still wins
        setDefaultTargetUrl(DashboardTiles.address());
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        attempts.succeeded(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (ServiceUnavailable.causedBy(exception)) {
            // the user store could not be read: the password was not checked, so nothing is counted (Spring
            // publishes no bad-credentials event for it) and the page says so instead of "wrong password"
            ServiceUnavailable.mark(request, response, exception);
            request.setAttribute(LoginController.UNAVAILABLE, Boolean.TRUE);
            request.getRequestDispatcher("/login").forward(new AsPageRequest(request), response);
            return;
        }
        if (exception instanceof CredentialsExpiredException) {
            // an applicant who gave the right password but has not verified their address yet (issue #11 §4)
            response.sendRedirect(request.getContextPath() + "/login?unverified");
            return;
        }
        // attempts were counted by PasswordSignIn already: only the message is chosen here
        String username = request.getParameter("username");
        boolean locked = exception instanceof LockedException
                || !(exception instanceof DisabledException) && attempts.isLocked(username, request.getRemoteAddr());
        String target = locked ? "/login?locked" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The login form posted to /login is shown again as the page (GET) that /login is to Spring MVC. */
    private static final class AsPageRequest extends HttpServletRequestWrapper {
        AsPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            attempts.loggedOut(authentication.getName());
        }
    }
}

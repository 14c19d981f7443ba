package org.liaison.identity.web;

import org.liaison.identity.internal.LoginAttempts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins whatever the way in (the login form or HTTP Basic on the API), so that the lock-out
 * cannot be bypassed by guessing passwords through the API. The authentication manager publishes these events
 * before the form's failure handler runs, so the handler sees the lock it may have caused.
 */
@Component
class SignInEvents {

    private final LoginAttempts attempts;

    SignInEvents(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationFailureLockedEvent event) {
        attempts.refused(event.getAuthentication().getName(), "locked");
    }

    @EventListener
    void on(AuthenticationFailureDisabledEvent event) {
        attempts.refused(event.getAuthentication().getName(), "disabled");
    }

    /** A success clears earlier failures; the sign-in itself is audited by the form (not every API call). */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        attempts.cleared(event.getAuthentication().getName());
    }
}

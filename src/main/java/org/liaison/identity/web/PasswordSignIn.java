package org.liaison.identity.web;

import org.liaison.identity.internal.LoginAttempts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, for the login form and HTTP Basic alike: the attempt is counted first (per
 * client address and per account or typed name, {@link LoginAttempts#reserve}), and only an attempt that was allowed
 * has its password checked. Checking first and counting after let concurrent guesses through before the lock.
 * Being the only {@link AuthenticationProvider} bean, Spring Security builds the global authentication manager on
 * it (instead of a provider of its own around the user details service).
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final LoginAttempts attempts;
    private final DaoAuthenticationProvider passwords;

    PasswordSignIn(LoginAttempts attempts, UserDetailsService users, PasswordEncoder encoder) {
        this.attempts = attempts;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = address(authentication);
        LoginAttempts.Reservation reservation = attempts.reserve(username, address);
        if (!reservation.allowed()) {
            attempts.refused(username, address, reservation, "locked");
            throw new LockedException("locked");
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            attempts.cleared(done.getName(), address);
            return done;
        } catch (DisabledException e) {
            attempts.refused(username, address, reservation, "disabled");
            throw e;
        } catch (BadCredentialsException e) {
            attempts.failed(username, address, reservation);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the request saw it (behind a trusted proxy, the forwarded one). */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}

package org.liaison.identity.web;

import java.util.function.Supplier;
import org.liaison.identity.internal.ApplicantAccounts;
import org.liaison.identity.internal.LoginAttempts;
import org.liaison.identity.internal.PasswordVerificationCache;
import org.liaison.shared.db.DatabaseUnavailable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
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
    private final ApplicantAccounts applicants;
    private final DaoAuthenticationProvider passwords;
    private final DaoAuthenticationProvider cachedPasswords;
    private final PasswordVerificationCache cache;
    private final Object[] firstCalls = new Object[64];

    PasswordSignIn(LoginAttempts attempts, UserDetailsService users, PasswordEncoder encoder,
                   PasswordVerificationCache cache, ApplicantAccounts applicants) {
        this.attempts = attempts;
        this.applicants = applicants;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.cachedPasswords = cache.provider(users, encoder);
        this.cache = cache;
        java.util.Arrays.setAll(firstCalls, i -> new Object());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        return counted(authentication, passwords);
    }

    /**
     * HTTP Basic on the machines' chains: the same counting, and a password verified in the last minute is not
     * hashed again ({@link PasswordVerificationCache}). A password the cache remembers was right a moment ago, so
     * presenting it again is no guess: it is neither reserved nor counted (which also spares a client calling many
     * times a second a locked row per call). The user is still loaded and the lock-out read, so a disabled or locked
     * account is refused at once.
     * Not a bean: the form keeps the global manager, without cache.
     */
    AuthenticationProvider forMachines() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                if (cache.remembers(authentication.getName(), authentication.getCredentials())) {
                    return remembered(authentication);
                }
                // A client's first calls often come at once: each would reserve an attempt before the first is
                // verified, and the sixth would find the account "locked" by its own right password. Concurrent
                // first calls of one name wait for the first verification, then find it remembered.
                synchronized (firstCalls[Math.floorMod(String.valueOf(authentication.getName()).hashCode(),
                        firstCalls.length)]) {
                    if (cache.remembers(authentication.getName(), authentication.getCredentials())) {
                        return remembered(authentication);
                    }
                    return counted(authentication, cachedPasswords);
                }
            }

            private Authentication remembered(Authentication authentication) {
                return unlessUnreachable(() -> {
                    if (attempts.isLocked(authentication.getName(), address(authentication))) {
                        throw new LockedException("locked");
                    }
                    return cachedPasswords.authenticate(authentication);
                });
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return PasswordSignIn.this.supports(authentication);
            }
        };
    }

    private Authentication counted(Authentication authentication, DaoAuthenticationProvider checker) {
        return unlessUnreachable(() -> {
            // an applicant types their e-mail address: counted on their account like a username
            String username = applicants.signInName(authentication.getName());
            String address = address(authentication);
            LoginAttempts.Reservation reservation = attempts.reserve(username, address);
            if (!reservation.allowed()) {
                attempts.refused(username, address, reservation, "locked");
                throw new LockedException("locked");
            }
            try {
                Authentication done = checker.authenticate(authentication);
                attempts.cleared(done.getName(), address);
                return done;
            } catch (DisabledException e) {
                attempts.refused(username, address, reservation, "disabled");
                throw e;
            } catch (CredentialsExpiredException e) {
                // the right password of an applicant whose address is not verified yet
                attempts.refused(username, address, reservation, "unverified");
                throw e;
            } catch (BadCredentialsException e) {
                attempts.failed(username, address, reservation);
                throw e;
            }
        });
    }

    /**
     * A sign-in that could not be checked because the database is unreachable is an internal authentication
     * failure (the form and Basic then answer 503, {@code shared.web.ServiceUnavailable}), never a wrong password.
     */
    private static Authentication unlessUnreachable(Supplier<Authentication> signIn) {
        try {
            return signIn.get();
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            // e.g. no connection for the lock-out's transaction (a TransactionException, not a DataAccessException)
            if (DatabaseUnavailable.in(e)) {
                throw new InternalAuthenticationServiceException("the user store could not be read", e);
            }
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

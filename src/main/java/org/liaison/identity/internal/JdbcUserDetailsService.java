package org.liaison.identity.internal;

import org.liaison.identity.Role;
import org.liaison.identity.UserAccount;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads users for Spring Security from {@code app_user}: roles as {@code ROLE_x}, disabling. The lock-out is not
 * read here: it is decided before the user is loaded ({@code LoginAttempts.reserve}), so that concurrent guesses
 * cannot all pass a check made before any of them was counted.
 */
@Service
class JdbcUserDetailsService implements UserDetailsService {

    private final UserStore users;
    private final ApplicantAccounts applicants;

    JdbcUserDetailsService(UserStore users, ApplicantAccounts applicants) {
        this.users = users;
        this.applicants = applicants;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // applicants sign in with their e-mail address (no username has an '@')
        String name = username != null && username.contains("@")
                ? applicants.usernameForEmail(username).orElse(username) : username;
        UserStore.StoredUser stored = users.load(name)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        UserAccount account = stored.account();
        return User.withUsername(account.username())
                .password(stored.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.enabled())
                // checked after the password (unlike "disabled"): only the account's holder learns it is unverified
                .credentialsExpired(account.hasRole(Role.APPLICANT) && applicants.awaitsVerification(account.username()))
                .build();
    }
}

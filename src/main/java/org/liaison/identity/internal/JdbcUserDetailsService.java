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

    JdbcUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserStore.StoredUser stored = users.load(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        UserAccount account = stored.account();
        return User.withUsername(account.username())
                .password(stored.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }
}

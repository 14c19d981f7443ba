package org.liaison.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.liaison.identity.Role;
import org.liaison.identity.UserAccount;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for Spring Security from {@code app_user}: roles as {@code ROLE_x}, lock-out and disabling. */
@Service
class JdbcUserDetailsService implements UserDetailsService {

    private final UserStore users;
    private final Clock clock = Clock.systemUTC();

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
                .accountLocked(account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now(clock)))
                .build();
    }
}

package org.liaison.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A staff or institution user, without credentials.
 *
 * @param username         unique sign-in name (lower case)
 * @param displayName      name shown in the interface
 * @param email            contact address, or {@code null}
 * @param organisationCode the organisation the user belongs to, or {@code null}
 * @param roles            what the user may do
 * @param enabled          {@code false} when an administrator disabled the account
 * @param lockedUntil      end of a temporary lock-out, or {@code null}
 * @param lastLoginAt      last successful sign-in, or {@code null}
 */
public record UserAccount(String username, String displayName, String email, String organisationCode,
                          Set<Role> roles, boolean enabled, Instant lockedUntil, Instant lastLoginAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The account's status at the given instant: disabled wins over locked. */
    public UserStatus status(Instant now) {
        if (!enabled) {
            return UserStatus.DISABLED;
        }
        return lockedUntil != null && lockedUntil.isAfter(now) ? UserStatus.LOCKED : UserStatus.ACTIVE;
    }
}

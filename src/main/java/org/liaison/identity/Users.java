package org.liaison.identity;

import java.util.List;
import java.util.Optional;

/** Reads users (never their credentials). */
public interface Users {

    /** The user with this username, compared case-insensitively. */
    Optional<UserAccount> find(String username);

    /** Every user, ordered by username. */
    List<UserAccount> all();

    /** The enabled users who have the role, ordered by username. */
    List<UserAccount> withRole(Role role);
}

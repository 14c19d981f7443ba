package org.liaison.identity.web;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.liaison.identity.Organisation;
import org.liaison.identity.Organisations;
import org.liaison.identity.Role;
import org.liaison.identity.Users;
import org.liaison.shared.web.SignedInUser;
import org.springframework.stereotype.Component;

/** Tells the shared layout the signed-in user's name, organisation and roles. */
@Component
class SignedInUsers implements SignedInUser.Directory {

    private final Users users;
    private final Organisations organisations;

    SignedInUsers(Users users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    public @Nullable SignedInUser describe(String username) {
        return users.find(username).map(account -> new SignedInUser(account.displayName(),
                account.organisationCode() == null ? null
                        : organisations.find(account.organisationCode()).map(Organisation::name)
                                .orElse(account.organisationCode()),
                account.roles().stream().sorted(Comparator.naturalOrder()).map(Role::name).toList())).orElse(null);
    }
}

package org.liaison.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Organisation;
import org.liaison.identity.Role;
import org.liaison.identity.UserAccount;
import org.liaison.shared.FieldProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to users: create, change roles and organisation, enable, disable, unlock, reset the
 * password. Each change is validated (failures come back as values) and written to the audit trail in the same
 * transaction.
 */
@Service
public class UserAdministration {

    /** A new user as entered by an administrator. */
    public record NewUser(String username, String displayName, String email, String organisationCode,
                          Set<Role> roles) {
    }

    /** The changes an administrator can make to an existing user. */
    public record UserChanges(String displayName, String email, String organisationCode, Set<Role> roles) {
    }

    /** What came of a request: violations, or success with a new password to hand over (if one was made). */
    public record Outcome(List<FieldProblem> violations, String newPassword) {

        static Outcome done(String newPassword) {
            return new Outcome(List.of(), newPassword);
        }

        static Outcome refused(List<FieldProblem> violations) {
            return new Outcome(List.copyOf(violations), null);
        }

        public boolean ok() {
            return violations.isEmpty();
        }
    }

    private final UserStore users;
    private final OrganisationStore organisations;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    UserAdministration(UserStore users, OrganisationStore organisations, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates the user with a generated initial password, returned once in the outcome. */
    @Transactional
    public Outcome create(NewUser user) {
        return create(user, Passwords.generate());
    }

    /** Creates the user with the given password (first administrator, demo users). */
    @Transactional
    Outcome create(NewUser user, String password) {
        String username = UserStore.normalise(user.username());
        List<FieldProblem> violations = new ArrayList<>(UserRules.username(username));
        if (violations.isEmpty() && users.load(username).isPresent()) {
            violations.add(IdentityProblems.of("username", "identity.user.username.taken"));
        }
        violations.addAll(checkOrganisation(user.roles(), user.organisationCode()));
        if (!Passwords.acceptable(password)) {
            violations.add(IdentityProblems.of("password", "identity.user.password.short"));
        }
        if (!violations.isEmpty()) {
            return Outcome.refused(violations);
        }
        String organisation = blankToNull(user.organisationCode());
        String displayName = blankToNull(user.displayName()) == null ? username : user.displayName().strip();
        users.insert(new UserAccount(username, displayName, blankToNull(user.email()), organisation,
                user.roles(), true, null, null), encoder.encode(password));
        audit.record(AuditEvent.of("USER_CREATED", "USER", username)
                .with("roles", names(user.roles())).with("organisation", organisation));
        return Outcome.done(password);
    }

    @Transactional
    public Outcome update(String username, UserChanges changes, String actor) {
        UserStore.StoredUser user = existing(username);
        List<FieldProblem> violations = new ArrayList<>(checkOrganisation(changes.roles(), changes.organisationCode()));
        if (isSelf(user, actor) && user.account().hasRole(Role.ADMIN) && !changes.roles().contains(Role.ADMIN)) {
            violations.add(IdentityProblems.of("roles", "identity.user.admin.self"));
        }
        if (!violations.isEmpty()) {
            return Outcome.refused(violations);
        }
        String organisation = blankToNull(changes.organisationCode());
        users.update(user.id(), changes.displayName().strip(), blankToNull(changes.email()), organisation,
                changes.roles());
        audit.record(AuditEvent.of("USER_UPDATED", "USER", user.account().username())
                .with("roles", names(changes.roles())).with("organisation", organisation));
        return Outcome.done(null);
    }

    @Transactional
    public Outcome setEnabled(String username, boolean enabled, String actor) {
        UserStore.StoredUser user = existing(username);
        if (!enabled && isSelf(user, actor)) {
            return Outcome.refused(List.of(IdentityProblems.of(null, "identity.user.disable.self")));
        }
        users.setEnabled(user.id(), enabled);
        audit.record(AuditEvent.of(enabled ? "USER_ENABLED" : "USER_DISABLED", "USER", user.account().username()));
        return Outcome.done(null);
    }

    @Transactional
    public Outcome unlock(String username) {
        UserStore.StoredUser user = existing(username);
        users.setLockout(user.account().username(), LockoutState.CLEAR);
        audit.record(AuditEvent.of("USER_UNLOCKED", "USER", user.account().username()));
        return Outcome.done(null);
    }

    /** Replaces the password with a generated one, returned once in the outcome. */
    @Transactional
    public Outcome resetPassword(String username) {
        UserStore.StoredUser user = existing(username);
        String password = Passwords.generate();
        users.setPassword(user.id(), encoder.encode(password));
        audit.record(AuditEvent.of("USER_PASSWORD_RESET", "USER", user.account().username()));
        return Outcome.done(password);
    }

    private UserStore.StoredUser existing(String username) {
        return users.load(username).orElseThrow(() -> new UnknownUserException(username));
    }

    private List<FieldProblem> checkOrganisation(Set<Role> roles, String code) {
        Optional<Organisation> organisation = blankToNull(code) == null ? Optional.empty() : organisations.find(code);
        boolean unknown = blankToNull(code) != null && organisation.isEmpty();
        return UserRules.rolesAndOrganisation(roles, organisation.orElse(null), unknown);
    }

    private static boolean isSelf(UserStore.StoredUser user, String actor) {
        return user.account().username().equals(UserStore.normalise(actor));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.liaison.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.shared.FieldProblem;

/** What makes a user's roles and organisation consistent; pure functions, failures as values. */
final class UserRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    private UserRules() {
    }

    static List<FieldProblem> username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return List.of(IdentityProblems.of("username", "identity.user.username.invalid"));
        }
        // the sign-up names applicants "applicant-<id>": a staff account of that shape would take a future one's name
        return username.startsWith(ApplicantAccounts.USERNAME_PREFIX)
                ? List.of(IdentityProblems.of("username", "identity.user.username.reserved")) : List.of();
    }

    /**
     * @param organisation the chosen organisation, {@code null} when none was chosen
     * @param unknownCode  whether a code was given that matches no organisation
     */
    static List<FieldProblem> rolesAndOrganisation(Set<Role> roles, Organisation organisation, boolean unknownCode) {
        List<FieldProblem> violations = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            violations.add(IdentityProblems.of("roles", "identity.user.roles.required"));
        } else if (roles.contains(Role.APPLICANT)) {
            // an applicant's account comes with its verified address and profile: only the sign-up creates one
            violations.add(IdentityProblems.of("roles", "identity.user.roles.applicant"));
        }
        if (unknownCode) {
            violations.add(IdentityProblems.of("organisationCode", "identity.user.organisation.unknown"));
        } else if (roles != null && roles.stream().anyMatch(Role::needsInstitution)) {
            if (organisation == null) {
                violations.add(IdentityProblems.of("organisationCode", "identity.user.organisation.required"));
            } else if (organisation.kind() != OrganisationKind.FRENCH_INSTITUTION) {
                violations.add(IdentityProblems.of("organisationCode", "identity.user.organisation.institution"));
            }
        }
        return violations;
    }
}

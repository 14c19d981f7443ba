package org.liaison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;

class UserRulesTests {

    static final Organisation CPAM = new Organisation("CPAM-PARIS", "CPAM de Paris", OrganisationKind.FRENCH_INSTITUTION);
    static final Organisation LIAISON = new Organisation("LIAISON", "Liaison", OrganisationKind.LIAISON_BODY);

    @Test
    void anInstitutionAgentMustBelongToAFrenchInstitution() {
        assertThat(UserRules.rolesAndOrganisation(Set.of(Role.INSTITUTION_AGENT), null, false))
                .containsExactly(IdentityProblems.of("organisationCode", "identity.user.organisation.required"));
        assertThat(UserRules.rolesAndOrganisation(Set.of(Role.INSTITUTION_AGENT), LIAISON, false))
                .containsExactly(IdentityProblems.of("organisationCode", "identity.user.organisation.institution"));
        assertThat(UserRules.rolesAndOrganisation(Set.of(Role.INSTITUTION_AGENT), CPAM, false)).isEmpty();
    }

    @Test
    void otherRolesNeedNoOrganisationButAtLeastOneRoleIsNeeded() {
        assertThat(UserRules.rolesAndOrganisation(Set.of(Role.TRANSLATOR), null, false)).isEmpty();
        assertThat(UserRules.rolesAndOrganisation(Set.of(), null, false))
                .containsExactly(IdentityProblems.of("roles", "identity.user.roles.required"));
    }

    @Test
    void anAdministratorCannotMakeAnApplicant() {
        // issue #11 §4: an applicant's account comes from the sign-up, with its verified address and profile
        assertThat(UserRules.rolesAndOrganisation(Set.of(Role.APPLICANT), null, false))
                .containsExactly(IdentityProblems.of("roles", "identity.user.roles.applicant"));
        assertThat(UserRules.rolesAndOrganisation(Set.of(Role.APPLICANT, Role.EDITOR), null, false))
                .containsExactly(IdentityProblems.of("roles", "identity.user.roles.applicant"));
    }

    @Test
    void anUnknownOrganisationCodeIsRefused() {
        assertThat(UserRules.rolesAndOrganisation(Set.of(Role.EDITOR), null, true))
                .containsExactly(IdentityProblems.of("organisationCode", "identity.user.organisation.unknown"));
    }

    @Test
    void usernamesAreLowerCaseIdentifiers() {
        assertThat(UserRules.username("agent.cpam")).isEmpty();
        assertThat(UserRules.username("a")).isNotEmpty();
        assertThat(UserRules.username("Alice")).isNotEmpty();
        assertThat(UserRules.username("al ice")).isNotEmpty();
        assertThat(UserRules.username(".alice")).isNotEmpty();
        assertThat(UserRules.username("applicant-42")).as("the applicants' names").isNotEmpty();
        assertThat(UserRules.username("applicants.desk")).isEmpty();
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        String one = Passwords.generate();
        assertThat(one).hasSize(20);
        assertThat(Passwords.acceptable(one)).isTrue();
        assertThat(Passwords.generate()).isNotEqualTo(one);
        assertThat(Passwords.acceptable("short-pass1")).isFalse();
    }
}

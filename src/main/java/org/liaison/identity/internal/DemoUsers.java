package org.liaison.identity.internal;

import org.liaison.identity.ApplicantKind;
import org.liaison.identity.Applicants;

import java.util.EnumSet;
import java.util.List;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo profile only ({@code liaison.demo.enabled=true}): the demo organisations and one user per role, created
 * at start-up when absent, with their (fixed, demo-only) passwords printed in one block of the start-up log.
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
// before the other modules' demo seeds: the demo posting requests are made from the demo employer's account
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String displayName, String organisation, Role role, String password) {
    }

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("LIAISON", "Liaison — organisme de liaison", OrganisationKind.LIAISON_BODY),
            new Organisation("CNAV", "Caisse nationale d'assurance vieillesse (CNAV)",
                    OrganisationKind.FRENCH_INSTITUTION),
            new Organisation("CPAM-PARIS", "CPAM de Paris", OrganisationKind.FRENCH_INSTITUTION),
            new Organisation("URSSAF-IDF", "Urssaf Île-de-France", OrganisationKind.FRENCH_INSTITUTION),
            new Organisation("CAF-PARIS", "CAF de Paris", OrganisationKind.FRENCH_INSTITUTION),
            new Organisation("MSA", "Mutualité sociale agricole (MSA)", OrganisationKind.FRENCH_INSTITUTION),
            new Organisation("FRANCE-TRAVAIL", "France Travail", OrganisationKind.FRENCH_INSTITUTION));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Administratrice de démonstration", "LIAISON", Role.ADMIN, "demo-admin-2026"),
            new DemoUser("officer", "Chargé de liaison (démo)", "LIAISON", Role.LIAISON_OFFICER, "demo-officer-2026"),
            new DemoUser("agent.cpam", "Agent CPAM de Paris (démo)", "CPAM-PARIS", Role.INSTITUTION_AGENT,
                    "demo-agent-2026"),
            new DemoUser("translator", "Traductrice (démo)", "LIAISON", Role.TRANSLATOR, "demo-translator-2026"),
            new DemoUser("translation.manager", "Responsable traduction (démo)", "LIAISON",
                    Role.TRANSLATION_MANAGER, "demo-translation-2026"),
            new DemoUser("statistician", "Statisticien (démo)", "LIAISON", Role.STATISTICIAN,
                    "demo-statistician-2026"),
            new DemoUser("editor", "Éditrice (démo)", "LIAISON", Role.EDITOR, "demo-editor-2026"));

    private final OrganisationStore organisations;
    private final OrganisationAdministration organisationAdministration;
    private final UserStore users;
    private final UserAdministration userAdministration;
    private final ApplicantAccounts applicants;

    static final String DEMO_EMPLOYER_PASSWORD = "demo-employer-2026";

    DemoUsers(OrganisationStore organisations, OrganisationAdministration organisationAdministration,
              UserStore users, UserAdministration userAdministration, ApplicantAccounts applicants) {
        this.applicants = applicants;
        this.organisations = organisations;
        this.organisationAdministration = organisationAdministration;
        this.users = users;
        this.userAdministration = userAdministration;
    }

    @Override
    public void run(ApplicationArguments args) {
        ORGANISATIONS.stream().filter(o -> organisations.find(o.code()).isEmpty())
                .forEach(organisationAdministration::create);
        USERS.stream().filter(u -> users.load(u.username()).isEmpty())
                .forEach(u -> userAdministration.create(new UserAdministration.NewUser(u.username(),
                        u.displayName(), null, u.organisation(), EnumSet.of(u.role())), u.password()));
        // an employer's verified account, which the demo posting requests are made from (issue #11 §4)
        applicants.createVerified(new ApplicantAccounts.SignUp(Applicants.DEMO_EMPLOYER, DEMO_EMPLOYER_PASSWORD,
                DEMO_EMPLOYER_PASSWORD, ApplicantKind.EMPLOYER, "73282932000074", "Transports Dupont SA", null, null,
                null));
        StringBuilder block = new StringBuilder("\n\n=== Liaison demo users (demo profile only) ===\n");
        USERS.forEach(u -> block.append(String.format("  %-20s %-22s %s%n", u.username(), u.password(), u.role())));
        block.append(String.format("  %-20s %-22s %s%n", Applicants.DEMO_EMPLOYER, DEMO_EMPLOYER_PASSWORD,
                Role.APPLICANT));
        block.append("=== sign in at /login ===\n");
        log.info(block.toString());
    }
}

package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.UserStatus;
import org.liaison.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The administration pages, driven like a browser would: forms posted with their CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminPagesTests {

    static final RequestPostProcessor BOSS = user("boss").roles("ADMIN");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theUserListAndCreationFormRenderInFrenchAndEnglish() throws Exception {
        mvc.perform(get("/admin/users").with(BOSS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Créer un utilisateur")));
        mvc.perform(get("/admin/users").param("lang", "en").with(BOSS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Create a user")));
        mvc.perform(get("/admin/users/new").with(BOSS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Agent d&#39;institution")));
    }

    @Test
    void anAdministratorCreatesAUserAndSeesItsInitialPasswordOnce() throws Exception {
        String username = unique();
        mvc.perform(post("/admin/users").with(BOSS).with(csrf())
                        .param("username", username).param("displayName", "Jeanne Martin")
                        .param("email", "jeanne@example.org").param("roles", "TRANSLATOR", "EDITOR"))
                .andExpect(redirectedUrl("/admin/users/" + username))
                .andExpect(flash().attribute("newPassword", notNullValue()));

        assertThat(users.find(username)).hasValueSatisfying(u ->
                assertThat(u.roles()).containsExactlyInAnyOrder(Role.TRANSLATOR, Role.EDITOR));
        assertThat(jdbc.sql("select actor from audit_entry where action = 'USER_CREATED' and object_id = ?")
                .param(username).query(String.class).single()).isEqualTo("boss");
        mvc.perform(get("/admin/users/" + username).with(BOSS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jeanne Martin")))
                .andExpect(content().string(not(containsString("Mot de passe, affiché une seule fois"))));
    }

    @Test
    void anInstitutionAgentWithoutOrganisationIsRefusedWithABilingualMessage() throws Exception {
        String username = unique();
        mvc.perform(post("/admin/users").with(BOSS).with(csrf())
                        .param("username", username).param("displayName", "Agent").param("roles", "INSTITUTION_AGENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un agent d&#39;institution doit appartenir à un organisme.")));
        mvc.perform(post("/admin/users").param("lang", "en").with(BOSS).with(csrf())
                        .param("username", username).param("displayName", "").param("roles", "INSTITUTION_AGENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the display name.")));

        assertThat(users.find(username)).isEmpty();
    }

    @Test
    void anAdministratorChangesRolesDisablesEnablesAndResetsThePassword() throws Exception {
        String username = created(Role.EDITOR);

        mvc.perform(post("/admin/users/" + username).with(BOSS).with(csrf())
                        .param("displayName", "Renamed").param("organisationCode", "")
                        .param("roles", "STATISTICIAN"))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(users.find(username).orElseThrow().roles()).containsExactly(Role.STATISTICIAN);

        mvc.perform(post("/admin/users/" + username + "/enabled").param("enabled", "false").with(BOSS).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(users.find(username).orElseThrow().status(java.time.Instant.now())).isEqualTo(UserStatus.DISABLED);
        mvc.perform(post("/admin/users/" + username + "/enabled").param("enabled", "true").with(BOSS).with(csrf()));
        mvc.perform(post("/admin/users/" + username + "/password").with(BOSS).with(csrf()))
                .andExpect(flash().attribute("newPassword", notNullValue()));
        mvc.perform(post("/admin/users/" + username + "/unlock").with(BOSS).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + username));

        assertThat(jdbc.sql("select action from audit_entry where object_id = ? order by id").param(username)
                .query(String.class).list())
                .containsExactly("USER_CREATED", "USER_UPDATED", "USER_DISABLED", "USER_ENABLED",
                        "USER_PASSWORD_RESET", "USER_UNLOCKED");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
        String username = created(Role.ADMIN);

        mvc.perform(post("/admin/users/" + username + "/enabled").param("enabled", "false")
                        .with(user(username).roles("ADMIN")).with(csrf()))
                .andExpect(flash().attribute("refusal", "Vous ne pouvez pas désactiver votre propre compte."));
        assertThat(users.find(username).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anUnknownUserPageIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/nobody-" + UUID.randomUUID()).with(BOSS)).andExpect(status().isNotFound());
    }

    @Test
    void organisationsAreListedAndAddedOnceWithAnAuditEntry() throws Exception {
        String code = "ORG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/admin/organisations").with(BOSS).with(csrf())
                        .param("code", code).param("name", "Caisse de test").param("kind", "FRENCH_INSTITUTION"))
                .andExpect(redirectedUrl("/admin/organisations"));
        mvc.perform(post("/admin/organisations").with(BOSS).with(csrf())
                        .param("code", code).param("name", "Doublon").param("kind", "OTHER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ce code est déjà utilisé.")));
        mvc.perform(get("/admin/organisations").with(BOSS))
                .andExpect(content().string(containsString("Caisse de test")));

        mvc.perform(post("/admin/users").with(BOSS).with(csrf()).param("username", unique())
                        .param("displayName", "Agent").param("organisationCode", code).param("roles", "INSTITUTION_AGENT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ORGANISATION_CREATED' and object_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAuditPageListsAndFiltersEntries() throws Exception {
        String username = created(Role.EDITOR);

        mvc.perform(get("/admin/audit").param("objectId", username).with(BOSS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("USER_CREATED")))
                .andExpect(content().string(containsString("roles=EDITOR")));
        mvc.perform(get("/admin/audit").param("action", "NO_SUCH_ACTION").param("lang", "en").with(BOSS))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No entry matches.")));
    }

    private String created(Role role) throws Exception {
        String username = unique();
        mvc.perform(post("/admin/users").with(BOSS).with(csrf())
                        .param("username", username).param("displayName", "Someone").param("roles", role.name()))
                .andExpect(status().is3xxRedirection());
        return username;
    }

    private static String unique() {
        return "p-" + UUID.randomUUID().toString().substring(0, 12);
    }
}

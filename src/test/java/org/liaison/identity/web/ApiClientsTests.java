package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Callers;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.internal.ApiClientUsage;
import org.liaison.identity.internal.OrganisationAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * API clients (issue #10 §7): an administrator creates one on its page, its token is shown once and stored only as
 * a hash, the token signs the client in with its role and no more, a revoked, expired or wrong token gets a 401
 * problem with a bearer challenge, and every call is counted and audited with the client as actor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiClientsTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationAdministration organisations;

    @Autowired
    ApiClientUsage usage;

    @Autowired
    Callers callers;

    MockMvc mvc;

    String institution;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        institution = "INST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisations.create(new Organisation(institution, "Caisse de test", OrganisationKind.FRENCH_INSTITUTION));
    }

    @Test
    void anAdministratorCreatesAClientWhoseTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        String name = unique();
        String token = create(name, institution, "INSTITUTION_AGENT");

        assertThat(token).matches("liaison_[0-9A-Za-z]{16}_[0-9A-Za-z]{43}");
        String secret = token.substring(token.lastIndexOf('_') + 1);
        assertThat(jdbc.sql("select count(*) from api_client where secret_hash like ? or key_id || secret_hash like ?")
                .params("%" + secret + "%", "%" + secret + "%").query(Long.class).single())
                .as("the secret is not stored in clear").isZero();
        assertThat(jdbc.sql("select secret_hash from api_client where name = ?").param(name).query(String.class)
                .single()).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("select actor from audit_entry where action = 'API_CLIENT_CREATED' and object_id = ?")
                .param(name).query(String.class).single()).isEqualTo("boss");
        assertThat(jdbc.sql("select count(*) from audit_entry where details::text like ?").param("%" + secret + "%")
                .query(Long.class).single()).as("no secret in the trail").isZero();
        mvc.perform(get("/admin/api-clients").with(BOSS)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
        mvc.perform(get("/admin/api-clients").param("lang", "en").with(BOSS))
                .andExpect(content().string(containsString("Create an API client")));
    }

    @Test
    void aTokenSignsTheClientInWithItsRoleAndNoMore() throws Exception {
        String name = unique();
        String token = create(name, institution, "INSTITUTION_AGENT");

        mvc.perform(bearer(get("/api/v1/exchange/cases"), token)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/posting-requests"), token)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(bearer(get("/api/v1/audit/verification"), token)).andExpect(status().isForbidden());
        mvc.perform(bearer(get("/actuator/metrics"), token)).andExpect(status().isForbidden());
        assertThat(callers.organisationCode("client:" + name)).contains(institution);
    }

    @Test
    void aRevokedAnExpiredOrAWrongTokenGetsA401ProblemWithABearerChallenge() throws Exception {
        String revoked = unique();
        String revokedToken = create(revoked, institution, "INSTITUTION_AGENT");
        mvc.perform(bearer(get("/api/v1/exchange/cases"), revokedToken)).andExpect(status().isOk());
        mvc.perform(post("/admin/api-clients/" + revoked + "/revocation").with(BOSS).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-clients"));
        refused(revokedToken, "The access token has been revoked.");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'API_CLIENT_REVOKED' and object_id = ?")
                .param(revoked).query(Long.class).single()).isEqualTo(1);

        String expired = unique();
        String expiredToken = create(expired, institution, "INSTITUTION_AGENT");
        jdbc.sql("update api_client set expires_at = now() - interval '1 second' where name = ?").param(expired)
                .update();
        refused(expiredToken, "The access token has expired.");

        String good = create(unique(), institution, "INSTITUTION_AGENT");
        refused(good.substring(0, good.length() - 1) + (good.endsWith("A") ? "B" : "A"), "The access token is not valid.");
        refused("not-a-token", "The access token is not valid.");
        // a dead token is refused even where no sign-in is needed: the client must learn that its token is dead
        mvc.perform(bearer(get("/api/v1/partners"), revokedToken)).andExpect(status().isUnauthorized());
    }

    @Test
    void everyCallIsCountedAndAuditedWithTheClientAsActor() throws Exception {
        String name = unique();
        String token = create(name, institution, "INSTITUTION_AGENT");
        usage.flush();
        for (int i = 0; i < 3; i++) {
            mvc.perform(bearer(get("/api/v1/exchange/cases"), token)).andExpect(status().isOk());
        }
        mvc.perform(bearer(get("/api/v1/posting-requests"), token)).andExpect(status().isForbidden());

        usage.flush();

        assertThat(jdbc.sql("""
                        select sum(u.calls) || '/' || sum(u.refused) from api_client_usage u
                        join api_client c on c.id = u.client_id where c.name = ?""")
                .param(name).query(String.class).single()).isEqualTo("4/1");
        assertThat(jdbc.sql("""
                        select actor || ' ' || (details ->> 'calls') || ' ' || (details ->> 'refused') from audit_entry
                        where action = 'API_CLIENT_USED' and object_id = ?""")
                .param(name).query(String.class).list()).containsExactly("client:" + name + " 4 1");
        assertThat(jdbc.sql("select last_used_at is not null from api_client where name = ?").param(name)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aClientGetsOnlyAnApplicationsRoleAnOrganisationAndABoundedValidity() throws Exception {
        String name = unique();
        mvc.perform(post("/admin/api-clients").with(BOSS).with(csrf()).param("name", name)
                        .param("organisationCode", institution).param("role", "ADMIN")
                        .param("lastDay", LocalDate.now().plusYears(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le rôle du client")))
                .andExpect(content().string(containsString("Indiquez un dernier jour de validité")));
        mvc.perform(post("/admin/api-clients").param("lang", "en").with(BOSS).with(csrf()).param("name", name)
                        .param("organisationCode", "").param("role", "MONITORING")
                        .param("lastDay", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the organisation the client acts for.")));
        assertThat(jdbc.sql("select count(*) from api_client where name = ?").param(name).query(Long.class).single())
                .isZero();
        mvc.perform(get("/admin/api-clients").with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isForbidden());
    }

    private void refused(String token, String detail) throws Exception {
        mvc.perform(bearer(get("/api/v1/exchange/cases"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(detail))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer realm=\"Liaison\", error=\"invalid_token\"")));
    }

    static final org.springframework.test.web.servlet.request.RequestPostProcessor BOSS = user("boss").roles("ADMIN");

    /** Creates the client through the administration page and returns the token shown once. */
    String create(String name, String organisation, String role) throws Exception {
        Object token = mvc.perform(post("/admin/api-clients").with(BOSS).with(csrf()).param("name", name)
                        .param("organisationCode", organisation).param("role", role)
                        .param("lastDay", LocalDate.now().plusYears(1).toString()))
                .andExpect(redirectedUrl("/admin/api-clients"))
                .andReturn().getFlashMap().get("newToken");
        assertThat(token).as("the token shown once").isNotNull();
        return token.toString();
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
    }

    private static String unique() {
        return "app-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

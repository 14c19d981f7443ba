package org.liaison.exchange.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.cases.Seds;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases API of the national side: officers open and read every case, institution agents only their
 * institutions' (another institution's case is "not found"); problems list every JSON path; routing of incoming SEDs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseApiTests {

    static final String CASES = "/api/v1/exchange/cases";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    NodeReceiver node;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String code : List.of("CPAM-PARIS", "CNAV")) {
            organisations.create(new Organisation(code, code, OrganisationKind.FRENCH_INSTITUTION)); // taken: fine
        }
    }

    @Test
    @DisplayName("An officer opens a case over the API; the case shows its SED and its content hash")
    void anOfficerOpensACase() throws Exception {
        String officer = account("officer", Role.LIAISON_OFFICER, null);

        mvc.perform(body(post(CASES), opening("FR:CLEISS", "DE:DVKA", Seds.valid("A009"))).with(httpBasic(name("officer"), officer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bucType").value("LA_BUC_04"))
                .andExpect(jsonPath("$.nodeRole").value("CASE_OWNER"))
                .andExpect(jsonPath("$.seds[0].type").value("A009"))
                .andExpect(jsonPath("$.seds[0].direction").value("OUT"))
                .andExpect(jsonPath("$.seds[0].contentHash").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    @DisplayName("A refused opening answers 400 with every problem, its JSON path, code and rule; a BUC refusal 409")
    void refusalsListEveryProblem() throws Exception {
        String officer = account("officer", Role.LIAISON_OFFICER, null);
        String malformed = json.writeValueAsString("{\"sed\": \"A009\"");

        mvc.perform(body(post(CASES), opening("FR:CLEISS", "DE:TEST01", null).replace("null", malformed))
                        .with(httpBasic(name("officer"), officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[*].field", hasItem("counterparty")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("CONTENT_MALFORMED")));
        mvc.perform(body(post(CASES), opening("FR:CLEISS", "DE:DVKA", Seds.valid("A010")).replace("\"A009\",\"content\"",
                        "\"A010\",\"content\"")).with(httpBasic(name("officer"), officer)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors").doesNotExist())
                .andExpect(jsonPath("$.reasons[0].field").value("sedType"))
                .andExpect(jsonPath("$.reasons[0].rule").value(org.hamcrest.Matchers.containsString("LA_BUC_04")));
    }

    @Test
    @DisplayName("Agents see only their institutions' cases: CPAM Paris reads its case, CNAV gets 404, an editor 403")
    void agentsSeeOnlyTheirInstitutionsCases() throws Exception {
        String cpam = account("cpam", Role.INSTITUTION_AGENT, "CPAM-PARIS");
        String cnav = account("cnav", Role.INSTITUTION_AGENT, "CNAV");
        String editor = account("editor", Role.EDITOR, null);
        String created = mvc.perform(body(post(CASES), opening("FR:CPAM75", "DE:DVKA", Seds.valid("A009")))
                        .with(httpBasic(name("cpam"), cpam)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).path("id").asString();

        mvc.perform(get(CASES + "/" + id).with(httpBasic(name("cpam"), cpam))).andExpect(status().isOk());
        mvc.perform(get(CASES + "/" + id).with(httpBasic(name("cnav"), cnav))).andExpect(status().isNotFound());
        mvc.perform(get(CASES + "/" + id + "/history").with(httpBasic(name("cnav"), cnav))).andExpect(status().isNotFound());
        mvc.perform(get(CASES + "/" + id).with(httpBasic(name("editor"), editor))).andExpect(status().isForbidden());
        mvc.perform(body(post(CASES), opening("FR:CNAV", "DE:DVKA", Seds.valid("A009"))).with(httpBasic(name("cpam"), cpam)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("INSTITUTION_NOT_YOURS"));
    }

    @Test
    @DisplayName("Routing: an H001 to the liaison body for a Paris resident goes to CPAM 75's inbox; with no rule, to the officers' queue")
    void incomingSedsAreRoutedByRuleOrQueued() throws Exception {
        String cpam = account("cpam", Role.INSTITUTION_AGENT, "CPAM-PARIS");
        String cnav = account("cnav", Role.INSTITUTION_AGENT, "CNAV");
        String officer = account("officer", Role.LIAISON_OFFICER, null);
        String paris = incoming(Seds.valid("H001"));
        String marseille = incoming(Seds.valid("H001").replace("75002", "13001"));

        mvc.perform(get("/api/v1/exchange/inbox").with(httpBasic(name("cpam"), cpam)))
                .andExpect(jsonPath("$[*].id", hasItem(paris)));
        mvc.perform(get(CASES + "/" + paris).with(httpBasic(name("cpam"), cpam)))
                .andExpect(jsonPath("$.localInstitution").value("FR:CPAM75"));
        mvc.perform(get(CASES + "/" + marseille).with(httpBasic(name("cnav"), cnav))).andExpect(status().isNotFound());
        mvc.perform(get(CASES).param("queue", "true").with(httpBasic(name("officer"), officer)))
                .andExpect(jsonPath("$[*].id", hasItem(marseille)));
        String sed = json.readTree(mvc.perform(get(CASES + "/" + paris).with(httpBasic(name("cpam"), cpam)))
                .andReturn().getResponse().getContentAsString()).path("seds").get(0).path("id").asString();
        mvc.perform(get(CASES + "/" + paris + "/seds/" + sed).with(httpBasic(name("cpam"), cpam)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sed").value("H001"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SED_READ' and object_id = ?").param(paris)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("The OpenAPI document lists the cases API")
    void theOpenApiDocumentListsTheCasesApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/exchange/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/cases/{id}/seds'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/inbox'].get").exists());
    }

    /** Germany's DVKA opens an H_BUC_01 with the liaison body; the case id. */
    private String incoming(String content) {
        return IncomingH001.receive(node, content, LocalDate.now(), Instant.now());
    }

    private String opening(String owner, String counterparty, String content) {
        return "{\"bucType\":\"LA_BUC_04\",\"owner\":\"" + owner + "\",\"counterparty\":\"" + counterparty
                + "\",\"sedType\":\"A009\",\"content\":" + content + "}";
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String name(String prefix) {
        return prefix + "-" + suffix;
    }

    private String account(String prefix, Role role, String organisation) {
        var outcome = users.create(new UserAdministration.NewUser(name(prefix), "Exchange " + prefix, null, organisation,
                EnumSet.of(role)));
        assertThat(outcome.ok()).as(outcome.violations().toString()).isTrue();
        return outcome.newPassword();
    }
}

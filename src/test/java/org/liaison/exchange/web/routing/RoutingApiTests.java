package org.liaison.exchange.web.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.internal.routing.Routing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The routing-rule API: staff list, administrators add (201, or 400 listing every field) and delete (404 unknown). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoutingApiTests {

    static final String RULES = "/api/v1/exchange/routing-rules";
    static final RequestPostProcessor OFFICER = user("officer-routing-api").roles("LIAISON_OFFICER");
    static final RequestPostProcessor BOSS = user("boss-routing-api").roles("ADMIN");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Routing routing;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    final String note = "api " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from exchange_routing_rule where note = ?").param(note).update();
    }

    @Test
    void staffListTheRulesInTheOrderTheyApply() throws Exception {
        mvc.perform(get(RULES).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].priority").value(10))
                .andExpect(jsonPath("$[0].scheme").value("MSA"))
                .andExpect(jsonPath("$[0].institution").value("FR:MSA"));
        mvc.perform(get(RULES)).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("An administrator adds a rule (201) that routes the next MSA H_BUC_01 from Bas-Rhin to CPAM 67, then "
            + "deletes it (https://ec.europa.eu/social/main.jsp?catId=869&langId=fr; the figures are built for the test)")
    void anAdministratorAddsThenDeletesARule() throws Exception {
        String content = """
                {"person": {"scheme": "MSA", "address": {"postalCode": "67000", "country": "FR"}}}""";
        assertThat(routing.route("H_BUC_01", "H", "FR:CLEISS", "FR:CLEISS", content).institution()).isEqualTo("FR:MSA");
        String body = mvc.perform(post(RULES).with(BOSS).contentType(MediaType.APPLICATION_JSON).content("""
                        {"priority": 2, "bucType": "H_BUC_01", "region": "67", "scheme": "MSA",
                         "institution": "FR:CPAM67", "note": "%s"}""".formatted(note)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.priority").value(2))
                .andExpect(jsonPath("$.institution").value("FR:CPAM67"))
                .andExpect(jsonPath("$.sector").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(routing.route("H_BUC_01", "H", "FR:CLEISS", "FR:CLEISS", content).institution()).isEqualTo("FR:CPAM67");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ROUTING_RULE_ADDED' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(delete(RULES + "/{id}", id).with(BOSS)).andExpect(status().isNoContent());
        mvc.perform(delete(RULES + "/{id}", id).with(BOSS))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(routing.route("H_BUC_01", "H", "FR:CLEISS", "FR:CLEISS", content).institution()).isEqualTo("FR:MSA");
    }

    @Test
    void aBadRuleIsRefusedWithEveryProblemAndItsJsonPath() throws Exception {
        mvc.perform(post(RULES).with(BOSS).contentType(MediaType.APPLICATION_JSON).content("""
                        {"priority": -3, "bucType": "nope", "sector": "ZZ", "region": "999", "scheme": "a b",
                         "institution": "BE:INAMI", "note": "%s"}""".formatted(note)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("priority", "bucType", "sector",
                        "region", "scheme", "institution")))
                .andExpect(jsonPath("$.errors[?(@.field == 'priority')].code").value(hasItem("NOT_A_PRIORITY")));
    }

    @Test
    void onlyAnAdministratorAddsOrDeletes() throws Exception {
        mvc.perform(post(RULES).with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"priority": 1, "institution": "FR:CPAM75", "note": "%s"}""".formatted(note)))
                .andExpect(status().isForbidden());
        mvc.perform(delete(RULES + "/1").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(delete(RULES + "/999999").with(BOSS)).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentListsTheRoutingRulePaths() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/routing-rules'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/routing-rules'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/routing-rules/{id}'].delete.responses['404']").exists());
    }
}

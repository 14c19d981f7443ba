package org.liaison.exchange.web.seds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SED catalogue API over HTTP: signed-in users only, JSON and schema bodies, problems for unknown SEDs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SedApiTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("agent").roles("INSTITUTION_AGENT"))).andReturn().getResponse();
    }

    JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousCallsAreRefusedWith401() throws Exception {
        assertThat(mvc.perform(get("/api/v1/exchange/seds")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/exchange/seds/A001/validation").content("{}")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void listsEverySedWithItsTitlesAndSchemaVersions() throws Exception {
        MockHttpServletResponse response = call(get("/api/v1/exchange/seds"));
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode seds = body(response);
        assertThat(seds.size()).isGreaterThan(140);
        JsonNode a009 = seds.valueStream().filter(s -> s.get("code").asString().equals("A009")).findFirst().orElseThrow();
        assertThat(a009.get("sector").asString()).isEqualTo("LA");
        assertThat(a009.get("title").get("fr").asString()).isEqualTo("Notification de détachement");
        assertThat(a009.get("titleStatus").asString()).isEqualTo("TRANSLATED");
        assertThat(a009.get("schemaVersions").valueStream().map(JsonNode::asString)).containsExactly("4.2", "4.3");
    }

    @Test
    void oneSedListsTheFieldsOfItsSchema() throws Exception {
        JsonNode a009 = body(call(get("/api/v1/exchange/seds/A009?version=4.2")));
        assertThat(a009.get("version").asString()).isEqualTo("4.2");
        assertThat(a009.get("fields").findValuesAsString("path")).contains("$.legislation.postingState",
                "$.legislation.decision.period.start", "$.person.identifiers[*].id");
        assertThat(body(call(get("/api/v1/exchange/seds/P3000_FR"))).get("sed").get("code").asString()).isEqualTo("P3000");
    }

    @Test
    void theSchemaIsServedAsSchemaJson() throws Exception {
        MockHttpServletResponse response = call(get("/api/v1/exchange/seds/P5000/schema?version=4.3"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/schema+json");
        JsonNode schema = body(response);
        assertThat(schema.get("$id").asString()).endsWith("/4.3/P5000.schema.json");
        assertThat(schema.get("$defs").get("envelope").get("$id").asString()).endsWith("/4.3/envelope.schema.json");
    }

    @Test
    void unknownSedsAndVersionsAre404Problems() throws Exception {
        MockHttpServletResponse unknown = call(get("/api/v1/exchange/seds/Z999"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        assertThat(body(unknown).get("type").asString()).isEqualTo("urn:liaison:problem:unknown-sed");
        MockHttpServletResponse noVersion = call(get("/api/v1/exchange/seds/A001/schema?version=3.9"));
        assertThat(noVersion.getStatus()).isEqualTo(404);
        assertThat(body(noVersion).get("type").asString()).isEqualTo("urn:liaison:problem:unknown-sed-version");
        assertThat(body(noVersion).get("versions").valueStream().map(JsonNode::asString)).containsExactly("4.2", "4.3");
        assertThat(call(post("/api/v1/exchange/seds/P7000/validation?version=4.2").content("{}")).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/exchange/seds/A001/schema?version=3.9").header("Accept-Language", "en")).getStatus()).isEqualTo(404);
    }

    @Test
    void validationAnswers200WithEveryViolationAndItsPath() throws Exception {
        String document = """
                {"sed":"A009","version":"4.3","caseIds":[{"caseNumber":"1","institution":"FR:CLEISS"}],
                 "sender":{"id":"FR:CLEISS"},"recipients":[{"id":"DE:DRV001"}],
                 "person":{"familyName":"Martin","givenNames":["Claire"],"birthDate":"1961-12-04","sex":"F",
                           "identifiers":[{"id":"261127511100586","country":"FR"}]},
                 "legislation":{"otherStates":["DE"],"decision":{"article":"12(3)","period":{"start":"2026-01-05","end":"2026-12-31"}}}}
                """;
        MockHttpServletResponse response = call(post("/api/v1/exchange/seds/A009/validation?version=4.3&lang=en")
                .contentType(MediaType.APPLICATION_JSON).content(document));
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode result = body(response);
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("violations").valueStream().map(v -> v.get("path").asString() + " " + v.get("rule").asString()))
                .containsExactlyInAnyOrder("$.legislation.postingState required", "$.legislation.decision.article enum",
                        "$.person.identifiers[0].id nir-key");
        assertThat(result.get("violations").findValuesAsString("message")).contains("The required field “postingState” is missing.");
        assertThat(result.get("violations").get(0).get("messages").get("fr").asString()).isNotBlank();
    }

    @Test
    void aValidDocumentAndMalformedJsonBothAnswer200() throws Exception {
        String valid = new String(getClass().getResourceAsStream("/exchange/seds/4.2/A001.valid.json").readAllBytes(), StandardCharsets.UTF_8);
        JsonNode ok = body(call(post("/api/v1/exchange/seds/A001/validation?version=4.2").contentType(MediaType.APPLICATION_JSON).content(valid)));
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("violations").size()).isZero();
        JsonNode broken = body(call(post("/api/v1/exchange/seds/A001/validation?version=4.2").contentType(MediaType.APPLICATION_JSON).content("{\"sed\": ")));
        assertThat(broken.get("valid").asBoolean()).isFalse();
        assertThat(broken.get("violations").get(0).get("rule").asString()).isEqualTo("json-syntax");
        assertThat(broken.get("violations").get(0).get("path").asString()).isEqualTo("$");
    }

    @Test
    void theOpenApiDocumentListsTheCatalogueEndpoints() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).contains("/api/v1/exchange/seds", "/api/v1/exchange/seds/{code}", "/api/v1/exchange/seds/{code}/schema",
                "/api/v1/exchange/seds/{code}/validation", "application/schema+json", "application/problem+json");
    }
}

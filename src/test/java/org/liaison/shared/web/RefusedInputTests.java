package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.LiaisonApplication;
import org.liaison.coordination.Situations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad inputs of issue #10 §3 that gave a 500, each answered now with a 400 naming its field (or, for an SED
 * checked by the validation service, a violation in the user's language). The fuzz test looks for others.
 */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "liaison.fuzz=own-context")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    JsonNode document;
    int address;

    @BeforeAll
    void readTheDocument() throws Exception {
        document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aNulCharacterInAPostingRequestIsA400NamingTheField() throws Exception {
        ObjectNode body = submission();
        ((ObjectNode) body.get("holder")).put("familyName", "Mar\u0000tin");
        assertRefused(postJson("/api/v1/posting-requests", body), "holder.familyName", "CONTROL_CHARACTER");
    }

    @Test
    void aNulCharacterInAnSedOfACaseIsRefused() throws Exception {
        ObjectNode body = (ObjectNode) example("/api/v1/exchange/cases");
        ObjectNode content = (ObjectNode) body.findParent("sed");
        content.put("sed", content.get("sed").asString() + "\u0000");
        MockHttpServletResponse response = postJson("/api/v1/exchange/cases", body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    }

    @Test
    void aNulCharacterInAFormIsA400AndNeverReachesTheSignIn() throws Exception {
        MockHttpServletResponse login = mvc.perform(post("/login").with(csrf()).with(fromAnotherAddress())
                .param("username", "admin\u0000").param("password", "x")).andReturn().getResponse();
        assertThat(login.getStatus()).isEqualTo(400);
        assertThat(login.getRedirectedUrl()).as("not a failed sign-in").isNull();

        MockHttpServletResponse search = mvc.perform(get("/admin/audit").param("actor", "\u0000")
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(search.getStatus()).isEqualTo(400);

        MockHttpServletResponse api = mvc.perform(get("/api/v1/exchange/bucs/LA_BUC_01").param("version", "4\u00002")
                .with(user("agent").roles("INSTITUTION_AGENT"))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
    }

    @Test
    void aLongEmployerNameIsAcceptedAnAbsurdOneIsA400AndAMegabyteOneToo() throws Exception {
        ObjectNode body = submission();
        // 240 characters: longer than the old column (a 500), as long as some registered company names
        body.put("employerName", "Société ".repeat(30));
        MockHttpServletResponse accepted = postJson("/api/v1/posting-requests", body);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(201);
        body.put("employerName", "Société ".repeat(63));
        assertRefused(postJson("/api/v1/posting-requests", body), "employerName", "TOO_LONG");
        body.put("employerName", FuzzValues.MEGABYTE);
        assertRefused(postJson("/api/v1/posting-requests", body), "employerName", "TOO_LONG");
    }

    @Test
    void anEmptyOrBlankNationalityIsA400() throws Exception {
        for (String nationality : new String[] {"", "   "}) {
            ObjectNode body = submission();
            ((ObjectNode) body.get("holder")).put("nationality", nationality);
            assertRefused(postJson("/api/v1/posting-requests", body), "holder.nationality", "NATIONALITY");
        }
    }

    @Test
    void aNumberIsNotABooleanNorAFractionAnInteger() throws Exception {
        ObjectNode legislation = (ObjectNode) example("/api/v1/coordination/applicable-legislation");
        legislation.put("exceptionRequested", -1);
        assertRefused(postJson("/api/v1/coordination/applicable-legislation", legislation), "exceptionRequested",
                "UNREADABLE");

        ObjectNode care = (ObjectNode) example("/api/v1/coordination/healthcare/reimbursement");
        care.put("quantity", 1.5);
        assertRefused(postJson("/api/v1/coordination/healthcare/reimbursement", care), "quantity", "UNREADABLE");
    }

    @Test
    void aHugePensionQuantityIsA400() throws Exception {
        ObjectNode pension = (ObjectNode) example("/api/v1/coordination/pensions/estimate");
        ((ObjectNode) pension.get("periods").get(1)).put("quantity", 1e308);
        assertRefused(postJson("/api/v1/coordination/pensions/estimate", pension), "periods[1].quantity",
                "NUMBER_OUT_OF_RANGE");
    }

    @Test
    void aDateBeyondTheAcceptedRangeInABucCheckIsA400() throws Exception {
        ObjectNode check = (ObjectNode) example("/api/v1/exchange/bucs/{type}/checks");
        ((ObjectNode) check.get("action")).put("on", "+999999999-12-31");
        assertRefused(postJson("/api/v1/exchange/bucs/LA_BUC_01/checks", check), "action.on", "DATE_RANGE");
    }

    @Test
    void anSedWithAnArrayForATextIsAViolationNotAServerError() throws Exception {
        String sed = """
                {"sed": "A009", "version": "4.2",
                 "person": {"sex": [], "identifiers": [{"id": "1850475123456", "country": []}, {"id": [], "country": "FR"}]}}""";
        MockHttpServletResponse response = mvc.perform(post("/api/v1/exchange/seds/A009/validation")
                .contentType(MediaType.APPLICATION_JSON).content(sed).with(user("agent").roles("INSTITUTION_AGENT")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(response.getContentAsString()).get("valid").asBoolean()).isFalse();
    }

    @Test
    void malformedSedJsonIsExplainedInTheUsersLanguageWithoutJacksonsText() throws Exception {
        for (String language : new String[] {"fr", "en"}) {
            MockHttpServletResponse response = mvc.perform(post("/api/v1/exchange/seds/A009/validation")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"sed\": \"A009\",\n \"version\" 4.2}")
                    .header("Accept-Language", language).with(user("agent").roles("INSTITUTION_AGENT")))
                    .andReturn().getResponse();
            String message = json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("violations").get(0)
                    .get("message").asString();
            assertThat(message).startsWith(language.equals("fr") ? "JSON mal formé ligne 2" : "Malformed JSON at line 2")
                    .doesNotContain("Unexpected character", "expecting", "token", "Source");
        }
    }

    // ----

    private ObjectNode submission() {
        return (ObjectNode) json.readTree(Situations.submission(
                Situations.posting("DE", "2026-03-01", "2026-12-31", "true", false)));
    }

    private JsonNode example(String path) {
        JsonNode content = document.get("paths").get(path).get("post").get("requestBody").get("content");
        JsonNode mediaType = content.properties().iterator().next().getValue();
        return (mediaType.has("example") ? mediaType.get("example")
                : mediaType.get("examples").properties().iterator().next().getValue().get("value")).deepCopy();
    }

    private MockHttpServletResponse postJson(String path, JsonNode body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))
                        .with(user("officer").roles("LIAISON_OFFICER", "ADMIN")).with(fromAnotherAddress()))
                .andReturn().getResponse();
    }

    private void assertRefused(MockHttpServletResponse response, String field, String code) throws Exception {
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(text).isEqualTo(400);
        assertThat(json.readTree(text).get("errors").valueStream()
                .anyMatch(e -> e.get("field").asString().equals(field) && e.get("code").asString().equals(code)))
                .as(field + " " + code + " in " + text).isTrue();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor fromAnotherAddress() {
        int n = ++address;
        return request -> {
            request.setRemoteAddr("10.9." + (n >> 8 & 255) + "." + (n & 255));
            return request;
        };
    }
}

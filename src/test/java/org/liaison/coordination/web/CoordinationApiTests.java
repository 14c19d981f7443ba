package org.liaison.coordination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.postings.Situations;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The coordination API: decisions with their trace, 400 problems listing every field, who may call what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoordinationApiTests {

    static final String DECIDE = "/api/v1/coordination/applicable-legislation";
    static final String REQUESTS = "/api/v1/posting-requests";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministration administration;

    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSignedInClientGetsTheDecisionWithItsFullTraceOverHttpBasic() throws Exception {
        String password = newAccount("api-user", Role.EDITOR);
        mvc.perform(json(post(DECIDE), posting("DE", "2026-03-01", "2027-10-31", false)).with(httpBasic("api-user-" + suffix, password)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.legislation[0].state").value("FR"))
                .andExpect(jsonPath("$.legislation[0].provision").value("EU_883_ART12_1"))
                .andExpect(jsonPath("$.legislation[0].legalReference").isNotEmpty())
                .andExpect(jsonPath("$.legislation[0].instrument").isNotEmpty())
                .andExpect(jsonPath("$.checks[0].result").isNotEmpty())
                .andExpect(jsonPath("$.checks[0].explanation.fr").isNotEmpty())
                .andExpect(jsonPath("$.checks[0].explanation.en").isNotEmpty())
                .andExpect(jsonPath("$.missingFacts").isArray());
    }

    @Test
    void aStrangerMayNotCallTheDecisionApiAndGetsABasicChallenge() throws Exception {
        mvc.perform(json(post(DECIDE), posting("DE", "2026-03-01", "2027-10-31", false)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Liaison\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badInputGetsOneProblemListingEveryFieldInTheRequestsLanguage() throws Exception {
        String bad = """
                {"person": {"residence": "ZZ"},
                 "activities": [{"kind": "EMPLOYED", "state": "FR", "postedFrom": "FR",
                   "employer": {"id": "1", "seat": "FR"}, "workingTimeShare": 140,
                   "period": {"start": "2026-05-01", "end": "2026-01-01"}}],
                 "period": {"start": "2026-01-01", "end": "2026-12-31"}}""";
        mvc.perform(json(post(DECIDE), bad).with(user("agent").roles("INSTITUTION_AGENT")).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("person.residence", "activities[0].postedFrom",
                        "activities[0].workingTimeShare", "activities[0].period.end")))
                .andExpect(jsonPath("$.errors[0].message").value("\"ZZ\" is neither France nor a partner state or territory."));
        mvc.perform(json(post(DECIDE), bad).with(user("agent").roles("INSTITUTION_AGENT")).param("lang", "fr"))
                .andExpect(jsonPath("$.errors[0].message").value("« ZZ » n’est ni la France ni un État ou territoire partenaire."));
    }

    @Test
    void anEmployerSubmitsWithoutAccountAndFollowsTheRequestWithItsAccessCode() throws Exception {
        JsonNode receipt = submit(posting("DE", "2026-03-01", "2027-10-31", false), "10.0.0.1");
        String number = receipt.get("number").asString();
        String code = receipt.get("accessCode").asString();
        assertThat(receipt.get("request").get("status").asString()).isEqualTo("APPROVED");
        assertThat(receipt.get("request").has("holder")).as("no personal data echoed").isFalse();

        mvc.perform(get(REQUESTS + "/" + number).header("X-Access-Code", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.certificates[0]").isNotEmpty())
                .andExpect(jsonPath("$.decision.legislation[0].provision").value("EU_883_ART12_1"));
        mvc.perform(get(REQUESTS + "/" + number).header("X-Access-Code", "WRONG-CODE-0000"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors").doesNotExist());
        mvc.perform(get(REQUESTS + "/" + number)).andExpect(status().isNotFound());
    }

    @Test
    void theRequesterDownloadsTheCertificateWithItsVerificationCodeButNobodyElseDoes() throws Exception {
        JsonNode receipt = submit(posting("DE", "2026-03-01", "2027-10-31", false), "10.0.0.5");
        String number = receipt.get("number").asString();
        String code = receipt.get("accessCode").asString();
        String certificate = receipt.get("request").get("certificates").get(0).asString();
        String other = submit(posting("IT", "2026-03-01", "2027-10-31", false), "10.0.0.6")
                .get("request").get("certificates").get(0).asString();

        byte[] pdf = mvc.perform(get(REQUESTS + "/" + number + "/certificates/" + certificate).header("X-Access-Code", code))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(certificate + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        mvc.perform(get(REQUESTS + "/" + number + "/certificates/" + certificate).header("X-Access-Code", "WRONG-CODE-0000"))
                .andExpect(status().isNotFound());
        mvc.perform(get(REQUESTS + "/" + number + "/certificates/" + certificate)).andExpect(status().isNotFound());
        mvc.perform(get(REQUESTS + "/" + number + "/certificates/" + other).header("X-Access-Code", code))
                .andExpect(status().isNotFound());
    }

    @Test
    void officersListTheQueueAndDecideWhileOthersMayNot() throws Exception {
        String number = submit(posting("BE", "2026-03-01", "2028-08-31", true), "10.0.0.2").get("number").asString();

        mvc.perform(get(REQUESTS)).andExpect(status().isUnauthorized());
        mvc.perform(get(REQUESTS).with(user("agent").roles("INSTITUTION_AGENT"))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(REQUESTS).with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].number").value(hasItems(number)));
        mvc.perform(get(REQUESTS + "/" + number).with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(jsonPath("$.holder.familyName").value("Martin"))
                .andExpect(jsonPath("$.exchangeNeeded").value(true))
                .andExpect(jsonPath("$.exchangePartner").value("BE"));

        mvc.perform(json(post(REQUESTS + "/" + number + "/decision"), "{\"outcome\": \"APPROVE\"}")
                        .with(user("agent").roles("INSTITUTION_AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(REQUESTS + "/" + number + "/decision"), "{\"outcome\": \"MAYBE\"}")
                        .with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("outcome", "reason")));
        mvc.perform(json(post(REQUESTS + "/" + number + "/decision"), "{\"outcome\": \"REFUSE\", \"reason\": \"No agreement\"}")
                        .with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
        mvc.perform(json(post(REQUESTS + "/" + number + "/decision"), "{\"outcome\": \"REFUSE\", \"reason\": \"again\"}")
                        .with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isConflict());
    }

    @Test
    void anonymousSubmissionsAreRateLimitedPerAddress() throws Exception {
        String body = Situations.submission("{}");
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = mvc.perform(json(post(REQUESTS), body).with(r -> { r.setRemoteAddr("10.9.9.9"); return r; }))
                    .andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
        mvc.perform(json(post(REQUESTS), body).with(r -> { r.setRemoteAddr("10.9.9.10"); return r; }))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theOpenApiDescriptionDocumentsTheCoordinationEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/coordination/applicable-legislation'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posting-requests'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posting-requests/{number}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posting-requests/{number}/decision'].post").exists());
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private JsonNode submit(String situation, String address) throws Exception {
        String body = mvc.perform(json(post(REQUESTS), Situations.submission(situation)).with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static String posting(String to, String start, String end, boolean exception) {
        return Situations.posting(to, start, end, "true", exception);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String newAccount(String prefix, Role role) {
        var outcome = administration.create(new UserAdministration.NewUser(prefix + "-" + suffix, "API user", null, null,
                EnumSet.of(role)));
        assertThat(outcome.ok()).isTrue();
        return outcome.newPassword();
    }
}

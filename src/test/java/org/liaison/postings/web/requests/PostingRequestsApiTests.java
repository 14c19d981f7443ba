package org.liaison.postings.web.requests;

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

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Situations;
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

/** The posting requests API: anonymous submission and follow-up with the access code, the officers' queue and decisions, rate limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostingRequestsApiTests {

    static final String REQUESTS = "/api/v1/posting-requests";

    @Autowired
    WebApplicationContext context;


    @Autowired
    JsonMapper json;

    MockMvc mvc;

    /** A signed-in verified applicant (the role is given only once the address is verified). */
    static final org.springframework.test.web.servlet.request.RequestPostProcessor APPLICANT =
            user("applicant-api").roles("APPLICANT");

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }


    @Test
    void anEmployerSubmitsWithoutAccountAndFollowsTheRequestWithItsAccessCode() throws Exception {
        JsonNode receipt = submit(posting("DE", "2026-03-01", "2027-10-31", false), "10.0.0.1");
        String number = receipt.get("number").asString();
        String code = receipt.get("accessCode").asString();
        assertThat(receipt.get("request").get("status").asString()).isEqualTo("APPROVED");
        assertThat(receipt.get("request").has("holder")).as("no personal data echoed").isFalse();

        certificateOf(number, code);
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
    void anAnonymousSubmissionTheEngineWouldApproveWaitsForAnOfficer() throws Exception {
        String body = mvc.perform(json(post(REQUESTS), Situations.submission(posting("DE", "2026-03-01", "2027-10-31", false)))
                        .with(r -> { r.setRemoteAddr("10.0.0.11"); return r; }))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode receipt = json.readTree(body);
        assertThat(receipt.get("request").get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(receipt.get("request").get("certificates")).isEmpty();
        mvc.perform(get(REQUESTS + "/" + receipt.get("number").asString())
                        .header("X-Access-Code", receipt.get("accessCode").asString()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_REVIEW"));
    }

    @Test
    void theRequesterDownloadsTheCertificateWithItsVerificationCodeButNobodyElseDoes() throws Exception {
        JsonNode receipt = submit(posting("DE", "2026-03-01", "2027-10-31", false), "10.0.0.5");
        String number = receipt.get("number").asString();
        String code = receipt.get("accessCode").asString();
        String certificate = certificateOf(number, code);
        JsonNode otherReceipt = submit(posting("IT", "2026-03-01", "2027-10-31", false), "10.0.0.6");
        String other = certificateOf(otherReceipt.get("number").asString(), otherReceipt.get("accessCode").asString());

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
    void theOpenApiDescriptionDocumentsThePostingRequestEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/posting-requests'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posting-requests/{number}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posting-requests/{number}/decision'].post").exists());
    }

    /**
     * Issue #11 §4: the same person and an overlapping period a second time is a 409 problem naming the first
     * request's certificate, or the first request itself while its certificate is on its way or an officer decides it.
     */
    @Test
    void theSamePersonAndPeriodASecondTimeIsAConflictWithTheExistingNumber() throws Exception {
        String body = Situations.submission(posting("DE", "2026-03-01", "2027-02-28", false), Situations.nir());
        JsonNode first = json.readTree(mvc.perform(json(post(REQUESTS), body).with(r -> { r.setRemoteAddr("10.0.3.1"); return r; }))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String number = first.get("number").asString();
        String certificate = "APPROVED".equals(first.get("request").get("status").asString())
                ? certificateOf(number, first.get("accessCode").asString()) : null;

        JsonNode problem = json.readTree(mvc.perform(json(post(REQUESTS), body).with(r -> { r.setRemoteAddr("10.0.3.2"); return r; }))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andReturn().getResponse().getContentAsString());
        if (certificate != null) {
            assertThat(problem.get("type").asString()).isEqualTo("urn:liaison:problem:certificate-overlaps");
            assertThat(problem.get("certificate").asString()).isEqualTo(certificate);
            assertThat(problem.get("detail").asString()).contains(certificate);
        } else {
            assertThat(problem.get("type").asString()).isEqualTo("urn:liaison:problem:request-overlaps");
            assertThat(problem.get("request").asString()).isEqualTo(number);
        }
        assertThat(problem.toString()).doesNotContain("Martin", "1985");
    }

    /** The documented example (rules.md §5 case 1), sent as a client copies it: approved at once, its PD A1 issued. */
    @Test
    void theDocumentedExampleIsAPostingApprovedAtOnce() throws Exception {
        JsonNode examples = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .get("paths").get(REQUESTS).get("post").get("requestBody").get("content").get("application/json")
                .get("examples");
        assertThat(examples.properties()).hasSize(1);
        JsonNode example = examples.get("posting-to-germany");
        assertThat(example.get("description").asString()).contains("rules.md §5", "case 1");

        // the example's holder, another person by the NIR: this context's database may already certify her period
        String body = mvc.perform(json(post(REQUESTS), json.writeValueAsString(Situations.anotherPerson(example.get("value"))))
                        .with(APPLICANT)
                        .with(r -> { r.setRemoteAddr("10.0.0.7"); return r; }))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode receipt = json.readTree(body);
        assertThat(receipt.get("request").get("status").asString()).isEqualTo("APPROVED");
        assertThat(receipt.get("request").get("decision").get("legislation").get(0).get("provision").asString())
                .isEqualTo("EU_883_ART12_1");
        assertThat(certificateOf(receipt.get("number").asString(), receipt.get("accessCode").asString())).isNotBlank();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /**
     * Submitted from a verified applicant's account (issue #11 §4: only those may be approved by the engine alone);
     * the access code and the follow-up by number still work for them.
     */
    private JsonNode submit(String situation, String address) throws Exception {
        String body = mvc.perform(json(post(REQUESTS), Situations.submission(situation)).with(APPLICANT)
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** The request's first certificate, once issued: certificates follow the approval (an event after the commit). */
    private String certificateOf(String number, String code) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            String body = mvc.perform(get(REQUESTS + "/" + number).header("X-Access-Code", code))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            return json.readTree(body).get("certificates");
        }, certificates -> !certificates.isEmpty()).get(0).asString();
    }

    private static String posting(String to, String start, String end, boolean exception) {
        return Situations.posting(to, start, end, "true", exception);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

}

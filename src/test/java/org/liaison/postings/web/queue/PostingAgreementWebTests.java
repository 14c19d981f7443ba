package org.liaison.postings.web.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Situations;
import org.liaison.postings.internal.PostingRequest;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.internal.Submission;
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
 * The officer's form and API asking the partner's agreement (A001, Reg. 987/2009 art. 18). Worked example: the
 * Commission's Practical guide on applicable legislation, Part I §12 "Agreements on exceptions"
 * (https://www.slideshare.net/slideshow/practical-guide-for-workers/30034413), a 30-month posting to Germany; no
 * numbers in the guide, the dates follow its text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostingAgreementWebTests {

    static final String REQUESTS = "/api/v1/posting-requests";

    @Autowired
    WebApplicationContext context;
    @Autowired
    PostingRequests requests;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    @DisplayName("The officer's page offers the A001 form, reports missing input at its fields, sends, then links to the case")
    void anOfficerAsksTheAgreementFromTheRequestsPage() throws Exception {
        String number = exceptionRequest("DE", "2028-08-31").number();
        long cases = caseCount();

        mvc.perform(get("/postings/" + number).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demander l’accord de l’État partenaire (A001)")))
                .andExpect(content().string(containsString("<option value=\"DE:DVKA\"")))
                .andExpect(content().string(containsString("selected=\"selected\">DE:DVKA — ")));
        mvc.perform(post("/postings/" + number + "/agreement-request").param("institution", "")
                        .param("justification", " ").with(officer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agreement-errors\"")))
                .andExpect(content().string(containsString("href=\"#institution\"")))
                .andExpect(content().string(containsString("id=\"justification-error\"")));
        assertThat(caseCount()).isEqualTo(cases);

        mvc.perform(post("/postings/" + number + "/agreement-request").param("institution", "DE:DVKA")
                        .param("justification", "Mission de 30 mois").with(officer()).with(csrf()))
                .andExpect(redirectedUrl("/postings/" + number + "?agreementRequested"));
        String caseId = requests.find(number).orElseThrow().exchangeCaseId();
        mvc.perform(get("/postings/" + number).param("lang", "en").with(officer()))
                .andExpect(content().string(containsString("href=\"/exchange/cases/" + caseId + "\"")))
                .andExpect(content().string(containsString("A001 sent, case " + caseId)))
                .andExpect(content().string(not(containsString("id=\"agreement-form\""))));
        mvc.perform(post("/postings/" + number + "/agreement-request").param("institution", "DE:DVKA")
                        .param("justification", "Encore").with(officer()).with(csrf()))
                .andExpect(content().string(containsString("L’accord de l’État partenaire est déjà demandé")));
        assertThat(caseCount()).isEqualTo(cases + 1);
    }

    @Test
    @DisplayName("A partner outside EESSI (France-Japan convention): the page says so and offers no form")
    void aConventionPartnerOutsideEessiGetsNoForm() throws Exception {
        PostingRequest request = exceptionRequest("JP", "2032-02-29");
        assertThat(request.exchangeNeeded()).as("a convention's extension beyond its limit").isTrue();

        mvc.perform(get("/postings/" + request.number()).with(officer()))
                .andExpect(content().string(containsString("ne participe pas à EESSI")))
                .andExpect(content().string(not(containsString("id=\"agreement-form\""))));
    }

    @Test
    @DisplayName("Only liaison officers may ask: others get 403 on the page action and on the API, nothing is sent")
    void othersMayNotAsk() throws Exception {
        String number = exceptionRequest("DE", "2028-08-31").number();
        long cases = caseCount();

        mvc.perform(post("/postings/" + number + "/agreement-request").param("institution", "DE:DVKA")
                        .param("justification", "Mission").with(agent()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(api(number, "{\"institution\": \"DE:DVKA\", \"justification\": \"Mission\"}").with(agent()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(api(number, "{\"institution\": \"DE:DVKA\", \"justification\": \"Mission\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(caseCount()).isEqualTo(cases);
    }

    @Test
    @DisplayName("The API sends the A001; bad input gets one problem body listing every field; a second ask is a conflict")
    void theApiAsksTheAgreement() throws Exception {
        String number = exceptionRequest("DE", "2028-08-31").number();
        String approved = requests.submit(submission("DE", "2026-12-31", false)).number();

        mvc.perform(api(number, "{}").with(officer()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("institution", "justification")))
                .andExpect(jsonPath("$.errors[0].message").value("This field is required."));
        mvc.perform(api(approved, "{\"institution\": \"DE:DVKA\", \"justification\": \"Mission\"}").with(officer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:liaison:problem:agreement-not-possible"));
        mvc.perform(api("DET-2026-999999", "{\"institution\": \"DE:DVKA\", \"justification\": \"Mission\"}").with(officer()))
                .andExpect(status().isNotFound());
        mvc.perform(api(number, "{\"institution\": \"DE:DVKA\", \"justification\": \"Mission de 30 mois\"}").with(officer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.exchangeCaseId").isNotEmpty());
        mvc.perform(api(number, "{\"institution\": \"DE:DVKA\", \"justification\": \"Encore\"}").with(officer()))
                .andExpect(status().isConflict());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/posting-requests/{number}/agreement-request'].post").exists());
    }

    private PostingRequest exceptionRequest(String to, String end) {
        return requests.submit(submission(to, end, true)).request();
    }

    private Submission submission(String to, String end, boolean exception) {
        return json.readValue(Situations.submission(Situations.posting(to, "2026-03-01", end, "true", exception)),
                Submission.class);
    }

    private long caseCount() {
        return jdbc.sql("select count(*) from exchange_case").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder api(String number, String body) {
        return post(REQUESTS + "/" + number + "/agreement-request").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
        return user("officer").roles("LIAISON_OFFICER");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor agent() {
        return user("agent").roles("INSTITUTION_AGENT");
    }
}

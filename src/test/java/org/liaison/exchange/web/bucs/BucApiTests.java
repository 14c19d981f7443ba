package org.liaison.exchange.web.bucs;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The BUC API: definitions per version, the engine's verdicts, problems with JSON paths, and who may call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BucApiTests {

    static final String BUCS = "/api/v1/exchange/bucs";
    static final String A001_CASE = """
            {"status": "OPEN", "createdOn": "2026-03-02",
             "participants": [{"institution": "FR:CLEISS01", "role": "CASE_OWNER"},
                              {"institution": "DE:DRV0001", "role": "COUNTERPARTY"}],
             "seds": [{"id": "1", "type": "A001", "sender": "CASE_OWNER", "state": "SENT", "date": "2026-03-02"}]}""";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSignedInUserListsTheBucsOfEachVersion() throws Exception {
        mvc.perform(get(BUCS).with(agent()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("4.3"))
                .andExpect(jsonPath("$.versions", containsInAnyOrder("4.2", "4.3")))
                .andExpect(jsonPath("$.bucs[*].type", hasItems("LA_BUC_01", "P_BUC_01", "H_BUC_01", "S_BUC_24", "FB_BUC_01")))
                .andExpect(jsonPath("$.bucs[?(@.type == 'LA_BUC_04')].starters[0]").value("A009"))
                .andExpect(jsonPath("$.bucs[?(@.type == 'LA_BUC_04')].title.fr").value("Notification de détachement (article 12)"));
        mvc.perform(get(BUCS).param("version", "4.2").with(agent()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value("4.2"));
    }

    @Test
    void oneBucShowsItsFlowAdministrativeActionsAndPeriods() throws Exception {
        mvc.perform(get(BUCS + "/LA_BUC_01").with(agent()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("LA_BUC_01"))
                .andExpect(jsonPath("$.legalBasis").value("Reg. 883/2004 art. 16(1); Reg. 987/2009 art. 18"))
                .andExpect(jsonPath("$.starters[0]").value("A001"))
                .andExpect(jsonPath("$.seds[?(@.sed == 'A011')].by[0]").value("COUNTERPARTY"))
                .andExpect(jsonPath("$.seds[?(@.sed == 'A011')].replyTo[0]").value("A001"))
                .andExpect(jsonPath("$.administrative[?(@.action == 'CLOSE_GLOBALLY')].sed").value("X001"))
                .andExpect(jsonPath("$.limits.inactivityDays").value(90))
                .andExpect(jsonPath("$.limits.archiveDays").value(180));
    }

    @Test
    void anUnknownBucIsANotFoundProblemAndAnUnknownVersionABadParameter() throws Exception {
        mvc.perform(get(BUCS + "/XX_BUC_99").with(agent()).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:liaison:problem:unknown-buc"))
                .andExpect(jsonPath("$.detail").value("No business use case “XX_BUC_99” in this version of the data model."));
        mvc.perform(get(BUCS + "/not a buc").with(agent())).andExpect(status().isNotFound());
        mvc.perform(get(BUCS).param("version", "9.9").with(agent()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("There is no version “9.9” (versions: 4.2, 4.3)."));
    }

    @Test
    void theEngineAllowsAnA011InReplyToAnA001() throws Exception {
        String body = """
                {"version": "4.3", "case": %s,
                 "action": {"kind": "SEND", "by": "COUNTERPARTY", "sed": "A011", "target": "1", "on": "2026-03-20"}}"""
                .formatted(A001_CASE);
        mvc.perform(json(post(BUCS + "/LA_BUC_01/checks"), body).with(agent()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.allowed").value(true))
                .andExpect(jsonPath("$.verdict.sed").value("A011"))
                .andExpect(jsonPath("$.verdict.resultingStatus").value("OPEN"))
                .andExpect(jsonPath("$.verdict.rule").value("LA_BUC_01 4.3 · A011: COUNTERPARTY, in reply to A001"))
                .andExpect(jsonPath("$.statusOnActionDay").value("OPEN"))
                .andExpect(jsonPath("$.deadlines[0].sedId").value("1"))
                .andExpect(jsonPath("$.deadlines[0].dueBy").value("2026-05-01"))
                .andExpect(jsonPath("$.lifecycle.inactiveOn").value("2026-05-31"))
                .andExpect(jsonPath("$.nextActions[*].sed", hasItems("A002", "A011")))
                .andExpect(jsonPath("$.nextActions[*].kind", hasItems("SEND", "FORWARD", "REJECT", "CLOSE_LOCALLY")));
    }

    @Test
    void theEngineRefusesAnA011ByTheCaseOwnerWithTheReasonInBothLanguages() throws Exception {
        String body = """
                {"case": %s, "action": {"kind": "SEND", "by": "CASE_OWNER", "sed": "A011", "target": "1", "on": "2026-03-20"}}"""
                .formatted(A001_CASE);
        mvc.perform(json(post(BUCS + "/LA_BUC_01/checks"), body).with(agent()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.allowed").value(false))
                .andExpect(jsonPath("$.verdict.reason").value("WRONG_SIDE"))
                .andExpect(jsonPath("$.verdict.explanation.en").value(
                        "This action is for the other side (A011): the case owner cannot take it, only the counterparty can."))
                .andExpect(jsonPath("$.verdict.explanation.fr").isNotEmpty());
    }

    @Test
    void aMalformedSnapshotGetsOneProblemListingEveryJsonPath() throws Exception {
        String body = """
                {"version": "4.3",
                 "case": {"status": "SHUT", "createdOn": "02/03/2026",
                          "seds": [{"id": "1", "type": "A001", "sender": "CASE_OWNER", "state": "SENT", "date": "2026-03-02"},
                                   {"id": "1", "type": "A011", "sender": "COUNTERPARTY", "inReplyTo": "7", "state": "LOST"}]},
                 "action": {"kind": "SEND", "by": "COUNTERPARTY", "on": "soon"}}""";
        mvc.perform(json(post(BUCS + "/LA_BUC_01/checks"), body).with(agent()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("case.status", "case.createdOn", "case.seds[1].id",
                        "case.seds[1].state", "case.seds[1].date", "case.seds[1].inReplyTo", "action.sed", "action.on")))
                .andExpect(jsonPath("$.errors[?(@.field == 'case.status')].message").value(
                        "“SHUT” is not an allowed value (OPEN, CLOSED_LOCALLY, CLOSED, ARCHIVED)."));
        mvc.perform(json(post(BUCS + "/LA_BUC_01/checks"), "{not json").with(agent()).param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Le corps de la requête n’est pas du JSON valide."));
        mvc.perform(json(post(BUCS + "/LA_BUC_01/checks"), "{\"version\": \"3.9\", \"case\": " + A001_CASE
                        + ", \"action\": {\"kind\": \"CLOSE_LOCALLY\", \"by\": \"CASE_OWNER\", \"on\": \"2026-03-03\"}}").with(agent()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(json(post(BUCS + "/ZZ_BUC_01/checks"), "{}").with(agent())).andExpect(status().isNotFound());
    }

    @Test
    void strangersGetABasicChallenge() throws Exception {
        mvc.perform(get(BUCS)).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Liaison\""));
        mvc.perform(json(post(BUCS + "/LA_BUC_01/checks"), "{}")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentListsTheBucEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/bucs'].get.summary").value("List the BUCs of a data-model version"))
                .andExpect(jsonPath("$.paths['/api/v1/exchange/bucs/{type}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/bucs/{type}/checks'].post.responses['400'].content['application/problem+json']").exists());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor agent() {
        return user("agent").roles("INSTITUTION_AGENT");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

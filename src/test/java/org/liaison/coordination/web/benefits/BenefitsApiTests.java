package org.liaison.coordination.web.benefits;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The benefits API: answers with their trace, 400 problems listing every JSON path, sign-in, OpenAPI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BenefitsApiTests {

    static final String EXPORT = "/api/v1/coordination/benefit-export";
    static final String FAMILY = "/api/v1/coordination/family-benefits/priority";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private ResultActions call(String path, String body, String language) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .param("lang", language).with(user("agent").roles("INSTITUTION_AGENT")));
    }

    @Test
    void anUnemployedPersonMovingToSpainWithAU2KeepsTheBenefitForThreeMonthsExtendableToSix() throws Exception {
        call(EXPORT, """
                {"benefit": "UNEMPLOYMENT_BENEFIT", "residenceState": "ES", "date": "2025-03-01", "pdU2": true}""", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXPORTABLE"))
                .andExpect(jsonPath("$.instrument").value("eu-reg-883-2004"))
                .andExpect(jsonPath("$.provision").value("EU_883_ART64"))
                .andExpect(jsonPath("$.legalReference.citation").value("Reg. (EC) 883/2004, Art. 64(1)"))
                .andExpect(jsonPath("$.legalReference.source").isNotEmpty())
                .andExpect(jsonPath("$.exportMonths").value(3))
                .andExpect(jsonPath("$.maxExportMonths").value(6))
                .andExpect(jsonPath("$.checks[1].code").value("EXPORT_PERIOD"))
                .andExpect(jsonPath("$.checks[1].explanation").isNotEmpty())
                .andExpect(jsonPath("$.missingFacts").isEmpty());
    }

    @Test
    void theAspaIsNotExportedToPortugal() throws Exception {
        call(EXPORT, """
                {"benefit": "aspa", "residenceState": "PT", "date": "2025-03-01"}""", "fr")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_EXPORTABLE"))
                .andExpect(jsonPath("$.provision").value("EU_883_ART70_ANNEX_X"));
    }

    @Test
    void aBadExportQuestionListsEveryProblemWithItsPathInTheRequestsLanguage() throws Exception {
        call(EXPORT, """
                {"benefit": "LOTTERY_WIN", "residenceState": "XX", "date": "2025-02-30"}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:liaison:problem:invalid-input"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("benefit"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_BENEFIT"))
                .andExpect(jsonPath("$.errors[1].field").value("date"))
                .andExpect(jsonPath("$.errors[1].message").value("This date does not exist (format YYYY-MM-DD)."))
                .andExpect(jsonPath("$.errors[2].field").value("residenceState"))
                .andExpect(jsonPath("$.errors[2].code").value("UNKNOWN_STATE"));
    }

    @Test
    void franceEmploymentComesFirstAndGermanyPaysTheDifference() throws Exception {
        call(FAMILY, """
                {"date": "2025-03-01", "children": ["DE"], "entitlements": [
                  {"state": "FR", "ground": "ACTIVITY", "monthlyAmount": 141.99},
                  {"state": "DE", "ground": "RESIDENCE", "monthlyAmount": 255.00}]}""", "fr")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.priorityState").value("FR"))
                .andExpect(jsonPath("$.supplements[0].state").value("DE"))
                .andExpect(jsonPath("$.supplements[0].monthlyAmount").value(113.01))
                .andExpect(jsonPath("$.children[0].priorityState").value("FR"))
                .andExpect(jsonPath("$.instruments[0]").value("eu-reg-883-2004"))
                .andExpect(jsonPath("$.checks[0].legalReference.citation").value("Règl. (CE) 883/2004, art. 67–68"));
    }

    /** Bundesfinanzhof, 4 Feb. 2016, III R 9/15, point 5 (the Familienkasse's table), through the API. */
    @Test
    void benefitsByKindAndChildAreComparedChildByChildAndTheAnswerSaysSo() throws Exception {
        call(FAMILY, """
                {"date": "2013-01-01", "children": ["DE", "DE", "DE", "DE"], "entitlements": [
                  {"state": "CH", "ground": "ACTIVITY", "benefits": [
                    {"kind": "CHILD_BENEFIT", "child": 1, "monthlyAmount": 206.78}, {"kind": "CHILD_BENEFIT", "child": 2, "monthlyAmount": 206.78},
                    {"kind": "CHILD_BENEFIT", "child": 3, "monthlyAmount": 165.43}, {"kind": "CHILD_BENEFIT", "child": 4, "monthlyAmount": 165.43}]},
                  {"state": "DE", "ground": "RESIDENCE", "benefits": [
                    {"kind": "CHILD_BENEFIT", "child": 1, "monthlyAmount": 184}, {"kind": "CHILD_BENEFIT", "child": 2, "monthlyAmount": 184},
                    {"kind": "CHILD_BENEFIT", "child": 3, "monthlyAmount": 190}, {"kind": "CHILD_BENEFIT", "child": 4, "monthlyAmount": 215}]}]}""", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priorityState").value("CH"))
                .andExpect(jsonPath("$.comparison").value("PER_CHILD"))
                .andExpect(jsonPath("$.comparisonReference.citation").value(org.hamcrest.Matchers.containsString("III R 9/15")))
                .andExpect(jsonPath("$.supplements[0].monthlyAmount").value(74.14))
                .andExpect(jsonPath("$.comparisons[3].child").value(4))
                .andExpect(jsonPath("$.comparisons[3].supplement").value(49.57));
        call(FAMILY, """
                {"date": "2013-01-01", "children": ["DE"], "entitlements": [
                  {"state": "CH", "ground": "ACTIVITY", "benefits": [{"kind": "NAPPIES", "child": 2, "monthlyAmount": 1}]}]}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'entitlements[0].benefits[0].kind')].code").value("UNKNOWN_KIND"))
                .andExpect(jsonPath("$.errors[?(@.field == 'entitlements[0].benefits[0].child')].code").value("UNKNOWN_CHILD"));
    }

    /** Decision F1 point 1(b)(i) (OJ C 106, 24.4.2010, p. 11): the ground classified from the parent's situation. */
    @Test
    void theGroundIsClassifiedFromTheParentsSituation() throws Exception {
        call(FAMILY, """
                {"date": "2025-03-01", "children": ["DE"], "entitlements": [
                  {"state": "FR", "situation": "SICKNESS_OR_MATERNITY_BENEFIT", "monthlyAmount": 141.99},
                  {"state": "DE", "situation": "RESIDENT", "monthlyAmount": 510}]}""", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priorityState").value("FR"))
                .andExpect(jsonPath("$.checks[?(@.code == 'GROUND_FROM_SITUATION')].legalReference.citation")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Decision F1"))));
        call(FAMILY, """
                {"date": "2025-03-01", "children": ["DE"], "entitlements": [
                  {"state": "FR", "situation": "ON_A_BEACH", "monthlyAmount": 141.99}]}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'entitlements[0].situation')].code").value("UNKNOWN_SITUATION"));
    }

    @Test
    void aBadFamilyCaseListsEveryProblemWithItsJsonPath() throws Exception {
        call(FAMILY, """
                {"date": "2025-13-01", "children": ["ZZ"], "entitlements": [
                  {"state": "FR", "ground": "LOVE", "monthlyAmount": -1},
                  {"state": "DE", "ground": "RESIDENCE", "monthlyAmount": 10.005},
                  {"state": "DE", "ground": "PENSION", "monthlyAmount": 1, "periodMonths": -2}]}""", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("date", "children[0]",
                        "entitlements[0].ground", "entitlements[0].monthlyAmount", "entitlements[1].monthlyAmount",
                        "entitlements[2].state", "entitlements[2].periodMonths")))
                .andExpect(jsonPath("$.errors[?(@.field == 'entitlements[1].monthlyAmount')].code").value("AMOUNT_SCALE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'entitlements[0].monthlyAmount')].code").value("NEGATIVE_AMOUNT"));
    }

    @Test
    void strangersMayNotCallTheBenefitsApi() throws Exception {
        mvc.perform(post(FAMILY).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(EXPORT).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionDocumentsBothEndpointsWithTheirProblems() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['" + EXPORT + "'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['" + FAMILY + "'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['" + FAMILY + "'].post.responses['200']").exists())
                .andExpect(jsonPath("$.components.schemas.BenefitExportAnswer").exists())
                .andExpect(jsonPath("$.components.schemas.FamilyPriorityAnswer.properties.costSharing").exists())
                .andExpect(jsonPath("$.components.schemas.FamilyPriorityQuestion").exists());
    }
}

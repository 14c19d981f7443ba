package org.liaison.coordination.web.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** The care calculators' API: answers with their trace, 400 bodies listing every problem, sign-in, OpenAPI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CareApiTests {

    static final String HEALTHCARE = "/api/v1/coordination/healthcare/reimbursement";
    static final String UNEMPLOYMENT = "/api/v1/coordination/unemployment/assessment";

    static final String VANBRAEKEL = """
            {"residenceState": "FR", "treatmentState": "BE", "planned": true, "kind": "HOSPITAL_STAY",
             "s2Authorised": true, "date": "2026-03-10", "actCode": "HOSP_DEMO_A", "quantity": 1,
             "invoice": 3000.00, "hostStatutoryRefund": 2000.00}""";

    static final String FRONTIER = """
            {"residenceState": "FR", "lastActivityState": "LU", "frontierWorker": true, "kind": "WHOLLY",
             "date": "2026-01-05", "periods": [{"state": "LU", "start": "2023-01-01", "end": "2026-01-04"}],
             "export": {"registeredFrom": "2026-01-05", "departure": "2026-02-16", "registeredInNewState": "2026-02-18",
                        "destinationState": "BE", "extensionRequested": false},
             "monthlyBenefitPaid": 1500.00, "monthlyBenefitLastState": 1800.00}""";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministration administration;

    MockMvc mvc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSignedInClientGetsTheRoutesAmountsDocumentsAndTariffOverHttpBasic() throws Exception {
        var outcome = administration.create(new UserAdministration.NewUser("care-api-" + suffix, "API user", null,
                null, EnumSet.of(Role.EDITOR)));
        assertThat(outcome.ok()).isTrue();
        mvc.perform(json(post(HEALTHCARE), VANBRAEKEL).with(httpBasic("care-api-" + suffix, outcome.newPassword())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.route").value("S2"))
                .andExpect(jsonPath("$.priorAuthorisationNeeded").value(true))
                .andExpect(jsonPath("$.vanbraekelComplement").value(600.00))
                .andExpect(jsonPath("$.regulationAmount").value(2600.00))
                .andExpect(jsonPath("$.directiveAmount").value(2600.00))
                .andExpect(jsonPath("$.preferred").value("S2"))
                .andExpect(jsonPath("$.documents[*].code").value(hasItems("S2", "INVOICES")))
                .andExpect(jsonPath("$.documents[0].description").isNotEmpty())
                .andExpect(jsonPath("$.tariff.demo").value(true))
                .andExpect(jsonPath("$.tariff.source").isNotEmpty())
                .andExpect(jsonPath("$.checks[0].legalReference.citation").isNotEmpty())
                .andExpect(jsonPath("$.checks[0].explanation").isNotEmpty())
                .andExpect(jsonPath("$.problems").doesNotExist());
    }

    @Test
    void theUnemploymentAssessmentGivesThePayingStateTheU2DatesAndTheReimbursement() throws Exception {
        mvc.perform(json(post(UNEMPLOYMENT), FRONTIER).with(user("agent").roles("INSTITUTION_AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payingState").value("FR"))
                .andExpect(jsonPath("$.provision").value("EU_883_ART65_5_A"))
                .andExpect(jsonPath("$.instrument").value("eu-reg-883-2004"))
                .andExpect(jsonPath("$.export.end").value("2026-05-15"))
                .andExpect(jsonPath("$.export.latestExtendedEnd").value("2026-08-15"))
                .andExpect(jsonPath("$.export.registerBy").value("2026-02-23"))
                .andExpect(jsonPath("$.reimbursement.debtorState").value("LU"))
                .andExpect(jsonPath("$.reimbursement.months").value(5))
                .andExpect(jsonPath("$.reimbursement.amount").value(7500.00))
                .andExpect(jsonPath("$.missingFacts").isEmpty());
    }

    @Test
    void badHealthcareInputGetsOneProblemListingEveryFieldInTheRequestsLanguage() throws Exception {
        String bad = """
                {"residenceState": "ZZ", "treatmentState": "DE", "planned": true, "kind": "SPA",
                 "date": "2026-02-30", "actCode": "G", "quantity": 0, "invoice": 10.001,
                 "hostStatutoryRefund": -5}""";
        mvc.perform(json(post(HEALTHCARE), bad).with(user("agent").roles("INSTITUTION_AGENT")).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:liaison:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "date",
                        "residenceState", "invoice", "hostStatutoryRefund", "quantity")))
                .andExpect(jsonPath("$.errors[?(@.field == 'date')].message")
                        .value(hasItems("date: a real date in the format YYYY-MM-DD is expected.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'residenceState')].code").value(hasItems("UNKNOWN_STATE")));
        mvc.perform(json(post(HEALTHCARE), bad).with(user("agent").roles("INSTITUTION_AGENT")).param("lang", "fr"))
                .andExpect(jsonPath("$.errors[?(@.field == 'invoice')].message")
                        .value(hasItems("invoice : montant positif avec au plus deux décimales attendu.")));
    }

    @Test
    void badUnemploymentInputListsNestedPaths() throws Exception {
        String bad = """
                {"residenceState": "FR", "lastActivityState": "XX", "kind": "WHOLLY", "date": "2026-01-05",
                 "periods": [{"state": "LU", "start": "2025-06-01", "end": "2025-01-01"},
                             {"state": "LU", "start": "2025-13-01", "end": "2025-12-31"}],
                 "export": {"registeredFrom": "2026-01-05", "destinationState": "BE"},
                 "monthlyBenefitPaid": -1}""";
        mvc.perform(json(post(UNEMPLOYMENT), bad).with(user("agent").roles("INSTITUTION_AGENT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("lastActivityState", "periods[0].end",
                        "periods[1].start", "export.departure", "monthlyBenefitPaid")));
    }

    /**
     * Your Europe, "If you don't find work" (https://europa.eu/youreurope/citizens/work/unemployment-and-benefits/
     * cannot-find-work-abroad/index_en.htm): 8 months granted, 2 drawn, 2 abroad, back in time, 4 months left.
     */
    @Test
    void theReturnBeforeTheEndOfTheU2PeriodKeepsWhatIsLeftOverHttp() throws Exception {
        String body = """
                {"residenceState": "FR", "lastActivityState": "FR", "frontierWorker": false, "kind": "WHOLLY",
                 "date": "2026-01-05", "periods": [{"state": "FR", "start": "2022-01-01", "end": "2026-01-04"}],
                 "export": {"registeredFrom": "2026-01-05", "departure": "2026-03-05", "registeredInNewState": "2026-03-08",
                            "destinationState": "ES", "extensionRequested": false, "entitlementMonths": 8,
                            "monthsAlreadyDrawn": 2, "returned": "2026-05-05"}}""";
        mvc.perform(json(post(UNEMPLOYMENT), body).with(user("agent").roles("INSTITUTION_AGENT")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.export.grantedMonths").value(3))
                .andExpect(jsonPath("$.export.exportedUntil").value("2026-06-04"))
                .andExpect(jsonPath("$.export.entitlementEnds").value("2026-09-04"))
                .andExpect(jsonPath("$.export.returnOutcome").value("IN_TIME"))
                .andExpect(jsonPath("$.export.paidAfterReturnUntil").value("2026-09-04"));
        String wrong = body.replace("\"monthsAlreadyDrawn\": 2", "\"monthsAlreadyDrawn\": 9")
                .replace("\"returned\": \"2026-05-05\"", "\"returned\": \"2026-02-01\"");
        mvc.perform(json(post(UNEMPLOYMENT), wrong).with(user("agent").roles("INSTITUTION_AGENT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("export.monthsAlreadyDrawn",
                        "export.returned")));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
        mvc.perform(json(post(HEALTHCARE), VANBRAEKEL.replace("\"quantity\": 1", "\"quantity\": \"many\""))
                        .with(user("agent").roles("INSTITUTION_AGENT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(jsonPath("$.errors[0].code").value("UNREADABLE"));
    }

    @Test
    void strangersMayNotCallTheCareCalculators() throws Exception {
        mvc.perform(json(post(HEALTHCARE), VANBRAEKEL)).andExpect(status().isUnauthorized());
        mvc.perform(json(post(UNEMPLOYMENT), FRONTIER)).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionDocumentsBothCalculators() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['" + HEALTHCARE + "'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['" + UNEMPLOYMENT + "'].post.responses['400']").exists());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

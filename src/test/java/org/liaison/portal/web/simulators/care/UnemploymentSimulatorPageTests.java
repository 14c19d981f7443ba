package org.liaison.portal.web.simulators.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The public unemployment simulator: one GET form, rows of periods added server-side, no JavaScript needed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnemploymentSimulatorPageTests {

    static final String PAGE = "/simulators/unemployment";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void addingAPeriodRedrawsTheFormWithOneMoreRowAndKeepsTheAnswers() throws Exception {
        String page = body(get(PAGE).param("submitted", "1").param("addRow", "1").param("residenceState", "FR")
                .param("periods[0].state", "LU").param("periods[0].start", "2023-01-01").param("periods[0].end", "2025-12-31"));

        assertThat(page).contains("id=\"periods[1].start\"", "value=\"2023-01-01\"").doesNotContain("id=\"periods[2].start\"",
                "id=\"result\"", "error-summary");
    }

    @Test
    @DisplayName("France Travail, frontier workers (https://francetravail.fr/candidat/mes-droits-aux-aides-et-allocati/lallocation-chomage-a-letranger/je-suis-travailleur-frontalier-a.html): living in France, wholly unemployed after working in Luxembourg, France pays; Luxembourg reimburses 5 months")
    void aFrontierWorkerSeesThePayingStateTheU2DatesAndTheReimbursement() throws Exception {
        String page = body(get(PAGE).param("submitted", "1").param("residenceState", "FR").param("lastActivityState", "LU")
                .param("frontierWorker", "true").param("kind", "WHOLLY").param("choice", "")
                .param("date", "2026-01-05").param("periods[0].state", "LU")
                .param("periods[0].start", "2023-01-01").param("periods[0].end", "2026-01-04").param("export", "true")
                .param("export.destinationState", "BE").param("export.registeredFrom", "2026-01-05")
                .param("export.departure", "2026-02-16").param("export.extensionRequested", "false")
                .param("monthlyBenefitPaid", "1500").param("monthlyBenefitLastState", "1800"));

        assertThat(page).contains("L’État qui verse les prestations : France", "15/05/2026 (3 mois)",
                "15/08/2026 (6 mois)", "23/02/2026", "rembourse à l’État France 5 mois de prestations",
                "7\u202f500,00 €", "Règl. (CE) 883/2004, art. 65(2), 65(5)(a)");
    }

    /** Your Europe, "If you don't find work": more than 3 months abroad without an extension loses the entitlement. */
    @Test
    void aJobseekerBackTooLateReadsThatTheEntitlementIsLost() throws Exception {
        String page = body(get(PAGE).param("lang", "en").param("submitted", "1").param("residenceState", "FR")
                .param("lastActivityState", "FR").param("frontierWorker", "false").param("kind", "WHOLLY")
                .param("choice", "").param("date", "2026-01-05").param("periods[0].state", "FR")
                .param("periods[0].start", "2022-01-01").param("periods[0].end", "2026-01-04").param("export", "true")
                .param("export.destinationState", "ES").param("export.registeredFrom", "2026-01-05")
                .param("export.departure", "2026-03-05").param("export.extensionRequested", "false")
                .param("export.entitlementMonths", "8").param("export.monthsAlreadyDrawn", "2")
                .param("export.returned", "2026-06-20"));
        assertThat(page).contains("How many months of benefits were you granted in all?")
                .contains("04/06/2026")
                .contains("Back late: you lose your entitlement");
    }

    @Test
    void impossibleDatesAreListedWithLinksToTheirRow() throws Exception {
        String page = body(get(PAGE).param("lang", "en").param("submitted", "1").param("residenceState", "FR")
                .param("lastActivityState", "FR").param("kind", "WHOLLY").param("date", "2026-01-05")
                .param("periods[0].state", "FR").param("periods[0].start", "2025-02-30").param("periods[0].end", "2025-12-31"));

        assertThat(page).contains("id=\"error-summary\"", "href=\"#periods[0].start\"",
                "Start of period 1: a real date in the format YYYY-MM-DD is expected.");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

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

/** The national contact point's simulator page, public and working without JavaScript (plain GET form). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthcareSimulatorPageTests {

    static final String PAGE = "/simulators/healthcare-reimbursement";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anyoneSeesTheFormWithoutSigningIn() throws Exception {
        String page = body(get(PAGE));

        assertThat(page).contains("<h1>Soins à l’étranger : quel remboursement ?</h1>", "name=\"treatmentState\"",
                "name=\"invoice\"", "tarifs de démonstration").doesNotContain("id=\"result\"", "error-summary");
    }

    @Test
    @DisplayName("Vanbraekel figures (portal_translation_ncp.md §3): a planned hospital stay in Belgium with S2, 3000 paid, 2000 refunded there, French cost 2600: the regulation pays 2600 including a 600 complement")
    void aPlannedStayWithS2ShowsTheRoutesAmountsDocumentsTariffAndLegalBasis() throws Exception {
        String page = body(get(PAGE).param("submitted", "1").param("residenceState", "FR").param("treatmentState", "BE")
                .param("planned", "true").param("kind", "HOSPITAL_STAY").param("s2Authorised", "true")
                .param("actCode", "HOSP_DEMO_A").param("quantity", "1").param("date", "2026-03-10")
                .param("inFrenchBasket", "true").param("invoice", "3000,00").param("hostStatutoryRefund", "2000"));

        assertThat(page).contains("id=\"result\"", "Voie la plus favorable : formulaire S2 (soins programmés autorisés)",
                "Une autorisation préalable de votre caisse est nécessaire", "600,00 €", "Formulaire S2 délivré avant les soins",
                "Tarif de démonstration : ce n’est pas un tarif officiel", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61998CJ0368",
                "CJEU C-368/98 Vanbraekel").contains("2\u202f600,00 €");
    }

    @Test
    void theAnswerIsInEnglishOnRequest() throws Exception {
        String page = body(get(PAGE).param("lang", "en").param("submitted", "1").param("residenceState", "FR")
                .param("treatmentState", "DE").param("planned", "true").param("kind", "AMBULATORY")
                .param("s2Authorised", "false").param("actCode", "DENT_DEMO").param("quantity", "2")
                .param("date", "2026-03-10").param("inFrenchBasket", "true").param("invoice", "150"));

        assertThat(page).contains("More favourable route: Directive 2011/24/EU", "No prior authorisation is needed",
                "€56.00", "Demo tariff: this is not an official tariff", "name=\"lang\" value=\"en\"");
    }

    @Test
    void badAnswersAreListedAboveTheFormWithLinksToTheirFields() throws Exception {
        String page = body(get(PAGE).param("submitted", "1").param("residenceState", "FR").param("treatmentState", "")
                .param("planned", "true").param("kind", "AMBULATORY").param("actCode", "G").param("quantity", "deux")
                .param("date", "2026-02-30").param("invoice", "12,345"));

        assertThat(page).contains("id=\"error-summary\"", "Le formulaire contient 4 erreurs",
                "href=\"#treatmentState\"", "href=\"#date\"", "href=\"#invoice\"", "href=\"#quantity\"",
                "Date des soins : date réelle attendue", "aria-describedby=\"invoice-error\"",
                "value=\"12,345\"").doesNotContain("id=\"result\"");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

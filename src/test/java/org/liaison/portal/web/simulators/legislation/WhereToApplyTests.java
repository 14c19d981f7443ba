package org.liaison.portal.web.simulators.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue #11 §4: the simulator's answer and the posting request form agree on who applies where. A posting from
 * France is asked on this service (the competent institution's role for the general scheme, the liaison body's for
 * an art. 16 exception) and the answer links to the form, whose introduction says so; elsewhere the answer names the
 * other institution and does not link to the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WhereToApplyTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aPostingUnderArticleTwelveIsAskedOnThisServiceAsTheFormSays() throws Exception {
        // rules.md §5 case 1: FR → DE, 12 months, art. 12(1)
        String answer = page(posting("FR", "DE", "2026-03-01", "2027-02-28"));
        String form = page(get("/postings/request"));

        assertThat(answer).contains("C’est la sécurité sociale de cet État qui vous couvre : France",
                "certificat A1 avant votre départ sur ce service", "rôle de l’institution compétente du régime général (l’Urssaf)",
                "Au régime agricole, le certificat se demande à la MSA", "id=\"apply-here\" href=\"/postings/request\"")
                .doesNotContain("en ligne auprès de l’Urssaf");
        assertThat(form).contains("id=\"where-to-apply\"", "Oui pour un détachement depuis la France",
                "ce service tient le rôle de l’institution compétente française", "Non au régime agricole : adressez-vous à la MSA");
    }

    @Test
    void beyondTwentyFourMonthsTheArticleSixteenExceptionIsAskedOfTheLiaisonBodyOnThisService() throws Exception {
        // rules.md §5 case 2: 30 months, art. 12(1) fails; only an agreement under art. 16(1) keeps French legislation
        String answer = page(posting("FR", "DE", "2026-03-01", "2028-08-31").param("lang", "en"));
        String form = page(get("/postings/request").param("lang", "en"));

        assertThat(answer).contains("article 16 of Regulation 883/2004", "asked of the liaison body, whose role this service plays",
                "id=\"apply-here\" href=\"/postings/request\"");
        assertThat(form).contains("Yes to ask for an exception", "asked of the liaison body, whose role this service plays");
    }

    @Test
    void aPostingToFranceNamesTheSendingStatesInstitutionAndDoesNotLinkToTheForm() throws Exception {
        String answer = page(posting("DE", "FR", "2026-03-01", "2027-02-28"));

        assertThat(answer).contains("l’institution compétente de l’État d’envoi").doesNotContain("id=\"apply-here\"");
        assertThat(page(get("/postings/request"))).contains("Non pour un détachement vers la France");
    }

    @Test
    void theTableSaysForEverySituationWhereToApplyWithItsSourceAndTheFormFollowsIt() throws Exception {
        var desks = new org.liaison.agreements.WhereToApply().on(java.time.LocalDate.now());

        assertThat(desks).extracting(d -> d.situation()).containsExactly(org.liaison.agreements.WhereToApply.Situation.values());
        assertThat(desks).allSatisfy(d -> assertThat(d.source()).as(d.situation().name()).isNotBlank());
        assertThat(desks).filteredOn(d -> d.thisService()).extracting(d -> d.situation().name())
                .containsExactly("POSTING_FROM_FRANCE", "EXCEPTION");
        String form = page(get("/postings/request"));
        assertThat(form.split("data-this-service=\"true\"", -1)).as("the form's rows where it is the place").hasSize(3);
        assertThat(form.split("data-this-service=\"false\"", -1)).hasSize(4);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder posting(String from, String work, String start, String end) {
        return get("/simulators/applicable-legislation").param("residence", from).param("kind", "EMPLOYED")
                .param("states", "one").param("work", work).param("posted", "yes").param("from", from)
                .param("substantial", "yes").param("affiliated", "yes").param("replaces", "no")
                .param("start", start).param("end", end);
    }
}

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
 * Issue #12 items 6 and 12 in the public simulator: "Do you already hold an A1 certificate for this work?" on the
 * dates page, its details only after a "yes"; the centre-of-interest criteria asked per state of a self-employed
 * person, and the answer labelled indicative.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SimulatorCertificateAndCentreTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** CJEU C-370/17 Vueling: Spanish crew based in France, posted from Spain. */
    private static MockHttpServletRequestBuilder vueling() {
        return get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                .param("states", "one").param("work", "FR").param("posted", "yes").param("from", "ES")
                .param("substantial", "no").param("affiliated", "yes").param("replaces", "no");
    }

    @Test
    void theDatesPageAsksWhetherACertificateIsAlreadyHeld() throws Exception {
        assertThat(page(vueling())).contains("Avez-vous déjà un certificat A1", "name=\"cert\"");
    }

    @Test
    void aYesAsksWhoIssuedItThenTheAnswerSaysItBinds() throws Exception {
        String details = page(vueling().param("start", "2007-01-01").param("end", "2007-12-31").param("cert", "yes"));
        assertThat(details).contains("Quel État vous l’a délivré ?", "name=\"certFrom\"", "Formulaire E 101");

        // CJEU 2 Apr. 2020, Vueling, C-370/17 and C-37/18: the Spanish E 101s bind the French institutions and courts
        String answer = page(vueling().param("start", "2007-01-01").param("end", "2007-12-31").param("cert", "yes")
                .param("certFrom", "ES").param("certKind", "E101").param("certWithdrawn", "no").param("certContested", "yes")
                .param("lang", "en"));
        assertThat(answer).contains("You are covered by the social security of this state: Spain",
                "binds the other states’ institutions and courts", "Stage 1", "within three months");
    }

    @Test
    void withoutTheQuestionAnsweredTheSimulatorAnswersAsBefore() throws Exception {
        String answer = page(vueling().param("start", "2026-01-01").param("end", "2026-06-30"));
        assertThat(answer).contains("id=\"answer\"").doesNotContain("certificat déjà délivré");
    }

    @Test
    void aSelfEmployedPersonInSeveralStatesIsAskedTheCriteriaAndGetsAnIndicativeAnswer() throws Exception {
        MockHttpServletRequestBuilder several = get("/simulators/applicable-legislation").param("residence", "FR")
                .param("kind", "SELF_EMPLOYED").param("states", "several").param("count", "2");
        assertThat(page(several)).contains("local professionnel fixe", "name=\"n1\"", "name=\"intent\"");

        // Reg. 987/2009 art. 14(9): the one fixed place of business and the intended centre in Austria
        String answer = page(several.param("s1", "DE").param("t1", "55").param("s2", "AT").param("t2", "45")
                .param("f1", "no").param("f2", "yes").param("h1", "yes").param("h2", "yes").param("n1", "40")
                .param("n2", "25").param("intent", "2").param("start", "2026-01-01").param("end", "2026-12-31")
                .param("cert", "no"));
        assertThat(answer).contains("id=\"indicative\"", "Réponse indicative", "Autriche");
    }
}

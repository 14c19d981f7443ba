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
 * Issue #12 items 1 and 2 through the applicable-legislation simulator: the shares a person gives for work in
 * several states let a marginal activity (Reg. 987/2009 art. 14(5b); Practical Guide, Part II) be disregarded, and
 * "taking over from someone posted before you" refuses the posting (CJEU C-527/16 Alpenrind), both in plain words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MarginalAndReplacementSimulatorTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void theSharesPageSaysAnActivityUnderFivePercentIsNotCountedAndTheAnswerDisregardsIt() throws Exception {
        String sharesPage = page(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                .param("states", "several").param("count", "2"));
        String answer = page(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                .param("states", "several").param("count", "2")
                .param("s1", "FR").param("t1", "99.6").param("p1", "99.6").param("e1", "FR")
                .param("s2", "DE").param("t2", "0,4").param("p2", "0,4").param("e2", "FR")
                .param("start", "2025-01-01").param("end", "2025-12-31"));

        assertThat(sharesPage).contains("moins de 5 % du temps et de la rémunération n’est pas prise en compte");
        assertThat(answer).contains("est marginale", "987/2009").doesNotContain("13(1)");
    }

    @Test
    void takingOverFromAPostedPersonIsAskedPlainlyAndRefusesThePosting() throws Exception {
        String postingPage = page(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                .param("states", "one").param("work", "DE").param("posted", "yes").param("from", "FR").param("lang", "en"));
        String answer = page(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                .param("states", "one").param("work", "DE").param("posted", "yes").param("from", "FR")
                .param("substantial", "yes").param("affiliated", "yes").param("replaces", "yes")
                .param("start", "2026-03-01").param("end", "2027-02-28").param("lang", "en"));

        assertThat(postingPage).contains("Are you taking over from someone who was posted to this job before you");
        assertThat(answer).contains("sent to replace another posted person", "C‑527/16", "Germany").doesNotContain("EU_883_ART12_1");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

package org.liaison.exchange.web.bucs;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The BUC pages: signed-in staff only, every BUC by sector, one BUC's flow readable without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BucPagesTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/exchange/bucs")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/exchange/bucs/LA_BUC_01")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theListShowsEverySectorAndLinksToEachBuc() throws Exception {
        mvc.perform(get("/exchange/bucs").with(agent()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Législation applicable"), containsString("Prestations familiales"),
                        containsString("href=\"/exchange/bucs/LA_BUC_04?version=4.3\""),
                        containsString("Notification de détachement (article 12)"), containsString("<option value=\"4.2\""))));
        mvc.perform(get("/exchange/bucs").param("version", "4.2").param("lang", "en").with(agent()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Business use cases (BUCs)"),
                        containsString("href=\"/exchange/bucs/P_BUC_01?version=4.2\""), containsString("Posting notification (article 12)"))));
    }

    @Test
    void aBucPageShowsItsStartFlowAdministrativeActionsDeadlinesAndPeriods() throws Exception {
        mvc.perform(get("/exchange/bucs/LA_BUC_01").with(agent()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("LA_BUC_01 — Demande d’exception"),
                        containsString("avec l’un de ces SED : A001"), containsString("Partie correspondante"),
                        containsString("obligatoire, une seule réponse"), containsString("X001"), containsString("X013"),
                        containsString("pas une règle de droit"), containsString("60 jours"),
                        containsString("sans activité pendant 90 jours"), containsString("archivé 180 jours"))));
        mvc.perform(get("/exchange/bucs/FB_BUC_01").param("lang", "en").with(agent()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("without activity for 120 days"),
                        containsString("closed 120 days after one of these is exchanged: F002"), containsString("archived 400 days"))));
    }

    @Test
    void anUnknownBucIsNotFoundAndAnUnknownVersionIsSaid() throws Exception {
        mvc.perform(get("/exchange/bucs/XX_BUC_99").with(agent()))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Cas d’usage inconnu")));
        mvc.perform(get("/exchange/bucs").param("version", "9.9").with(agent()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La version « 9.9 » n’existe pas : la version 4.3 est affichée.")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor agent() {
        return user("agent").roles("INSTITUTION_AGENT");
    }
}

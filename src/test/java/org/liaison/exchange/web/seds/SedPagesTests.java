package org.liaison.exchange.web.seds;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The SED catalogue pages: for signed-in staff, by sector, filters that work without JavaScript, one page per SED. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SedPagesTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    final RequestPostProcessor agent = user("agent").roles("INSTITUTION_AGENT");

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/exchange/seds")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/exchange/seds/A001")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theCatalogueListsEverySectorWithBothTitles() throws Exception {
        mvc.perform(get("/exchange/seds").with(agent)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Catalogue des SED"), containsString("Législation applicable"),
                        containsString("Notification de détachement"), containsString("Notification of posting"),
                        containsString("Prestations de chômage"), containsString("Titre non trouvé dans les sources"),
                        containsString("Variantes par pays : FR, DE"))));
    }

    @Test
    void filtersBySectorTextAndSchema() throws Exception {
        mvc.perform(get("/exchange/seds").param("sector", "P").param("q", "pension").with(agent)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">P2000<"), containsString(">P15000<"), not(containsString(">P14000<")), not(containsString(">A001<")))));
        mvc.perform(get("/exchange/seds").param("withSchema", "true").with(agent)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("37 SED sur"), containsString(">X013<"), not(containsString(">P7000<")))));
        mvc.perform(get("/exchange/seds").param("q", "zzz").with(agent))
                .andExpect(content().string(containsString("Aucun SED ne répond à ces critères.")));
    }

    @Test
    void aSedPageShowsItsFieldsAndTheLinkToTheRawSchema() throws Exception {
        mvc.perform(get("/exchange/seds/P5000").param("version", "4.2").param("lang", "en").with(agent)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Insurance and residence periods"),
                        containsString("$.pension.periods[*].unit"), containsString("QUARTERS"),
                        containsString("/api/v1/exchange/seds/P5000/schema?version=4.2"), containsString("Fields of SED P5000 in version 4.2"))));
        mvc.perform(get("/exchange/seds/P7000").with(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("pas encore de schéma")));
    }

    @Test
    void unknownSedsAndVersionsAre404Pages() throws Exception {
        mvc.perform(get("/exchange/seds/Z999").with(agent)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Le catalogue ne contient aucun SED « Z999 ».")));
        mvc.perform(get("/exchange/seds/A001").param("version", "3.1").with(agent)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("n’a pas de schéma dans la version 3.1")));
    }
}

package org.liaison.exchange.web.institutions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The IR pages over HTTP: search and detail for staff in both languages, the import form for administrators. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InstitutionPagesTests {

    static final RequestPostProcessor OFFICER = user("officer-ir").roles("LIAISON_OFFICER");
    static final RequestPostProcessor BOSS = user("boss-ir").roles("ADMIN");

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theSearchPageListsAndFiltersInstitutionsInFrenchAndEnglish() throws Exception {
        mvc.perform(get("/exchange/institutions").param("country", "FR").param("buc", "UB_BUC_01")
                        .param("environment", "PRODUCTION").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Répertoire des institutions")))
                .andExpect(content().string(containsString(">FR:FRANCETRAVAIL</a>")))
                .andExpect(content().string(not(containsString(">FR:TEST01</a>"))))
                .andExpect(content().string(containsString("1 institution(s) trouvée(s)")));
        mvc.perform(get("/exchange/institutions").param("environment", "TEST").param("lang", "en").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Institution repository")))
                .andExpect(content().string(containsString("NO:NAVAT07")))
                .andExpect(content().string(not(containsString("NO:889640782"))));
    }

    @Test
    void theSearchPagePaginatesKeepingTheFilters() throws Exception {
        mvc.perform(get("/exchange/institutions").param("environment", "PRODUCTION").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fr-pagination")))
                .andExpect(content().string(containsString("page 1 sur ")))
                .andExpect(content().string(containsString("country=&amp;buc=&amp;environment=PRODUCTION&amp;page=1")));
        mvc.perform(get("/exchange/institutions").param("environment", "PRODUCTION").param("page", "1").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page 2 sur ")))
                .andExpect(content().string(containsString("environment=PRODUCTION&amp;page=0")));
    }

    @Test
    void badFiltersAreListedInAnErrorSummaryLinkedToTheirFields() throws Exception {
        mvc.perform(get("/exchange/institutions").param("country", "GB").param("buc", "nope").with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#country\"")))
                .andExpect(content().string(containsString("href=\"#buc\"")))
                .andExpect(content().string(containsString("id=\"country-error\"")));
    }

    @Test
    void theDetailPageShowsBucsRolesValidityAndAccessPointAndAnUnknownIdIsA404() throws Exception {
        mvc.perform(get("/exchange/institutions/NO:NAVAT07").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NO:APTEST")))
                .andExpect(content().string(containsString("Contrepartie")))
                .andExpect(content().string(containsString("LA_BUC_04")))
                .andExpect(content().string(containsString("depuis le 01/01/2017")))
                .andExpect(content().string(containsString("environnement de test")));
        mvc.perform(get("/exchange/institutions/BE:FAMIFED").param("lang", "en").with(OFFICER))
                .andExpect(content().string(containsString("from 01/05/2017 to 31/12/2019")));
        mvc.perform(get("/exchange/institutions/FR:NOBODY").with(OFFICER))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Institution introuvable")));
    }

    @Test
    void onlyAdministratorsReachTheImportFormAndStrangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/exchange/institutions")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/exchange/institutions/import").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/institutions/import").with(BOSS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void anAdministratorUploadsAFileAndSeesTheSummaryOrEveryBadRecord() throws Exception {
        mvc.perform(multipart("/exchange/institutions/import").file(json(InstitutionApiTests.file(
                        InstitutionApiTests.record("HR:P" + suffix, "Hrvatski zavod")))).param("mode", "DELTA").with(BOSS).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import appliqué")))
                .andExpect(content().string(containsString("<th scope=\"row\">Ajoutées</th><td>1</td>")));
        mvc.perform(multipart("/exchange/institutions/import").file(json(InstitutionApiTests.file(
                        InstitutionApiTests.record("HR:Q" + suffix, "Good"), "{\"id\": \"GB:DWP\"}"))).param("mode", "DELTA")
                        .param("lang", "en").with(BOSS).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Import refused: nothing was changed")))
                .andExpect(content().string(containsString("$.institutions[1].id")))
                .andExpect(content().string(containsString("EESSI writes the United Kingdom UK, not GB.")));
        mvc.perform(get("/exchange/institutions/HR:Q" + suffix).with(OFFICER)).andExpect(status().isNotFound());
        mvc.perform(multipart("/exchange/institutions/import").param("mode", "DELTA").with(BOSS).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#file\"")));
    }

    private static MockMultipartFile json(String text) {
        return new MockMultipartFile("file", "ir.json", "application/json", text.getBytes(StandardCharsets.UTF_8));
    }
}

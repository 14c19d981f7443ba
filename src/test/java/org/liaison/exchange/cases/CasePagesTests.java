package org.liaison.exchange.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.CaseAccess;
import org.liaison.exchange.CaseOpening;
import org.liaison.exchange.ExchangeCase;
import org.liaison.exchange.ExchangeCases;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The agents' pages: inbox, case view with history, a form generated from the SED's schema, access per institution. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CasePagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    ExchangeCases cases;

    MockMvc mvc;
    final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String code : List.of("CPAM-PARIS", "CNAV")) {
            organisations.create(new Organisation(code, code, OrganisationKind.FRENCH_INSTITUTION));
        }
    }

    @Test
    @DisplayName("A CPAM agent sees the case of CPAM 75 with its SEDs and history; a CNAV agent gets a 404 page")
    void theCaseViewIsForItsInstitutionOnly() throws Exception {
        RequestPostProcessor cpam = agent("cpam", "CPAM-PARIS");
        RequestPostProcessor cnav = agent("cnav", "CNAV");
        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_04", null, "FR:CPAM75", "DE:DVKA", "A009", Seds.valid("A009"),
                List.of()), CaseAccess.everything("test"));

        mvc.perform(get("/exchange/cases/" + c.id()).with(cpam))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(c.id()), containsString("A009"),
                        containsString("CASE_CREATED"), containsString("SED_SENT"))));
        mvc.perform(get("/exchange/cases/" + c.id()).with(cnav)).andExpect(status().isNotFound());
        mvc.perform(get("/exchange/cases").with(cnav)).andExpect(content().string(not(containsString(c.id()))));
        mvc.perform(get("/exchange/inbox").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("Composing an SED: the form comes from the schema; a wrong value is refused with a summary linked to its field")
    void anSedIsComposedFromItsSchema() throws Exception {
        RequestPostProcessor officer = officer();
        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_01", null, "FR:CLEISS", "DE:DVKA", "A001", Seds.valid("A001"),
                List.of()), CaseAccess.everything("test"));

        mvc.perform(get("/exchange/cases/" + c.id() + "/compose").param("sed", "A005").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"$.person.familyName\""),
                        containsString("id=\"f-person-birthDate\""))));
        mvc.perform(post("/exchange/cases/" + c.id() + "/compose").param("sed", "A005")
                        .param("$.person.birthDate", "4 December 1961").with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"), containsString("href=\"#f-person-birthDate\""))));
        assertThat(cases.find(c.id(), CaseAccess.everything("test")).seds()).hasSize(1);
    }

    @Test
    @DisplayName("An officer opens a case from the page and closes it for everyone; the page shows the new status")
    void anOfficerOpensAndClosesACaseFromThePages() throws Exception {
        RequestPostProcessor officer = officer();
        mvc.perform(get("/exchange/cases/new").param("buc", "LA_BUC_04").param("owner", "FR:CLEISS")
                        .param("counterparty", "DE:DVKA").param("sed", "A009").with(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"$.legislation.postingState\"")));
        String location = mvc.perform(post("/exchange/cases/new").param("buc", "LA_BUC_04").param("owner", "FR:CLEISS")
                        .param("counterparty", "DE:NOPE").param("sed", "A009").with(officer).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#counterparty\"")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isNull();

        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_04", null, "FR:CLEISS", "DE:DVKA", "A009", Seds.valid("A009"),
                List.of()), CaseAccess.everything("test"));
        mvc.perform(post("/exchange/cases/" + c.id() + "/actions").param("action", "CLOSE_GLOBALLY").with(officer).with(csrf()))
                .andExpect(redirectedUrlPattern("/exchange/cases/*"));
        mvc.perform(get("/exchange/cases/" + c.id()).param("lang", "en").with(officer))
                .andExpect(content().string(allOf(containsString("Closed"), containsString("X001"))));
    }

    private RequestPostProcessor officer() {
        String name = "officer-" + suffix;
        users.create(new UserAdministration.NewUser(name, "Officer", null, null, EnumSet.of(Role.LIAISON_OFFICER)));
        return user(name).roles("LIAISON_OFFICER");
    }

    private RequestPostProcessor agent(String prefix, String organisation) {
        String name = prefix + "-" + suffix;
        var outcome = users.create(new UserAdministration.NewUser(name, "Agent", null, organisation,
                EnumSet.of(Role.INSTITUTION_AGENT)));
        assertThat(outcome.ok()).as(outcome.violations().toString()).isTrue();
        return user(name).roles("INSTITUTION_AGENT");
    }
}

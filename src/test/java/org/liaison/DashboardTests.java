package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.Seds;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * After signing in, each person lands on a dashboard of the work waiting for their roles (issue #11 §3): an officer
 * the posting queue and the cases to assign, an agent their inbox, an administrator the accounts and the audit trail;
 * nobody sees another role's tiles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    ExchangeCases cases;

    MockMvc mvc;
    final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void eachRoleSeesTheWorkWaitingForItAndNothingElse() throws Exception {
        cases.open(new CaseOpening("LA_BUC_04", null, "FR:CLEISS", "DE:DVKA", "A009", Seds.valid("A009"), List.of()),
                CaseAccess.everything("test"));

        String officer = page(Role.LIAISON_OFFICER);
        assertThat(officer).contains("<h1>Mon travail</h1>", "href=\"/postings/queue\"", "Demandes de détachement à examiner",
                "href=\"/exchange/cases?queue=true\"", "href=\"/exchange/inbox\"").doesNotContain("href=\"/admin/audit\"");

        String agent = page(Role.INSTITUTION_AGENT);
        assertThat(agent).contains("Dossiers qui attendent une action", "href=\"/exchange/inbox\"")
                .doesNotContain("href=\"/postings/queue\"", "Dossiers à attribuer", "href=\"/admin/audit\"");

        String admin = page(Role.ADMIN);
        assertThat(admin).contains("Comptes du personnel", "href=\"/admin/users\"", "href=\"/admin/audit\"")
                .doesNotContain("href=\"/postings/queue\"", "Dossiers qui attendent une action");

        String translator = page(Role.TRANSLATOR);
        assertThat(translator).contains("Rien ne vous attend ici pour l’instant");
    }

    @Test
    void theDashboardIsForSignedInPeopleOnly() throws Exception {
        assertThat(mvc.perform(get("/dashboard")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private String page(Role role) throws Exception {
        String name = "dash-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix;
        users.create(new UserAdministration.NewUser(name, "Dash", null, null, EnumSet.of(role)));
        return mvc.perform(get("/dashboard").with(user(name).roles(role.name()))).andReturn().getResponse()
                .getContentAsString();
    }
}

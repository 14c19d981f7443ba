package org.liaison.exchange.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.Seds;
import org.liaison.exchange.cases.TransferReason;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue #10 §6: a case handled by an institution moves to another only once a transfer was asked for, and the
 * institution it left sees who moved it, when, where to and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseTransferTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    ExchangeCases cases;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String code : List.of("CPAM-PARIS", "CNAV", "NO-CASES")) {
            organisations.create(new Organisation(code, code, OrganisationKind.FRENCH_INSTITUTION));
        }
    }

    @Test
    @DisplayName("A hand-made POST cannot take a case from the institution handling it: refused on the page, nothing changes")
    void aHeldCaseIsNotReassignedWithoutATransfer() throws Exception {
        ExchangeCase c = cpamCase();
        String officer = officer();

        mvc.perform(post("/exchange/cases/" + c.id() + "/assignment").param("institution", "FR:CNAV")
                        .with(user(officer).roles("LIAISON_OFFICER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("Ce dossier est traité par FR:CPAM75"))));
        assertThatThrownBy(() -> cases.assign(c.id(), "FR:CNAV", CaseAccess.everything(officer)))
                .isInstanceOfSatisfying(CaseRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseRefusedException.Kind.NOT_ALLOWED));

        assertThat(cases.find(c.id(), CaseAccess.everything("test")).localInstitution()).isEqualTo("FR:CPAM75");
        assertThat(cases.history(c.id(), CaseAccess.everything("test"))).extracting(CaseHistoryEntry::action)
                .doesNotContain("ASSIGNED", "TRANSFERRED");
    }

    @Test
    @DisplayName("The holder asks for a transfer with a reason, an officer gives the case to the CNAV; CPAM sees the transfer")
    void anAskedTransferMovesTheCaseAndTheFormerHolderSeesIt() throws Exception {
        ExchangeCase c = cpamCase();
        RequestPostProcessor cpam = agent("cpam", "CPAM-PARIS");
        RequestPostProcessor cnav = agent("cnav", "CNAV");
        String officer = officer();

        mvc.perform(post("/exchange/cases/" + c.id() + "/transfer").param("reason", "NOT_COMPETENT").with(cpam)
                .with(csrf())).andExpect(redirectedUrl("/exchange/cases/" + c.id()));
        mvc.perform(get("/exchange/cases/" + c.id()).with(cpam)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Transfert demandé"),
                        containsString("Notre institution n’est pas compétente"))));
        mvc.perform(post("/exchange/cases/" + c.id() + "/assignment").param("institution", "FR:CNAV")
                        .with(user(officer).roles("LIAISON_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/exchange/cases/" + c.id()));

        assertThat(cases.find(c.id(), CaseAccess.everything("test")).localInstitution()).isEqualTo("FR:CNAV");
        mvc.perform(get("/exchange/cases/" + c.id()).with(cnav)).andExpect(status().isOk());
        mvc.perform(get("/exchange/cases/" + c.id()).with(cpam)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dossier " + c.id() + " transféré"),
                        containsString(officer + " a transféré le dossier de FR:CPAM75 vers FR:CNAV"),
                        containsString("Notre institution n’est pas compétente"), containsString("TRANSFERRED"),
                        containsString("CASE_CREATED"))));
        mvc.perform(get("/exchange/cases/" + c.id() + "/compose").param("sed", "A001").with(cpam))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exchange/cases/" + c.id()).with(agent("other", "NO-CASES"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'CASE_TRANSFERRED' and object_id = ?
                        and details ->> 'from' = 'FR:CPAM75' and details ->> 'to' = 'FR:CNAV'
                        and details ->> 'reason' = 'NOT_COMPETENT'""").param(c.id()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(cases.transfers(c.id(), CaseAccess.everything("test"))).singleElement()
                .satisfies(t -> assertThat(List.of(t.from(), t.to(), t.reason().name(), t.transferredBy()))
                        .containsExactly("FR:CPAM75", "FR:CNAV", "NOT_COMPETENT", officer));
    }

    @Test
    @DisplayName("A case in the officers' queue is routed directly; there is nothing to transfer")
    void aQueuedCaseIsRoutedDirectly() throws Exception {
        ExchangeCase c = cpamCase();
        jdbc.sql("update exchange_case set local_institution = null where id = ?").param(c.id()).update();
        String officer = officer();

        assertThatThrownBy(() -> cases.requestTransfer(c.id(), TransferReason.PERSON_MOVED,
                CaseAccess.everything(officer))).isInstanceOf(CaseRefusedException.class);
        mvc.perform(post("/exchange/cases/" + c.id() + "/assignment").param("institution", "FR:CNAV")
                        .with(user(officer).roles("LIAISON_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/exchange/cases/" + c.id()));
        assertThat(cases.find(c.id(), CaseAccess.everything("test")).localInstitution()).isEqualTo("FR:CNAV");
    }

    private ExchangeCase cpamCase() {
        return cases.open(new CaseOpening("LA_BUC_04", null, "FR:CPAM75", "DE:DVKA", "A009", Seds.valid("A009"),
                List.of()), CaseAccess.everything("test"));
    }

    private String officer() {
        String name = "officer-t" + suffix;
        users.create(new UserAdministration.NewUser(name, "Officer", null, null, EnumSet.of(Role.LIAISON_OFFICER)));
        return name;
    }

    private RequestPostProcessor agent(String prefix, String organisation) {
        String name = prefix + "-t" + suffix;
        var outcome = users.create(new UserAdministration.NewUser(name, "Agent", null, organisation,
                EnumSet.of(Role.INSTITUTION_AGENT)));
        assertThat(outcome.ok()).as(outcome.violations().toString()).isTrue();
        return user(name).roles("INSTITUTION_AGENT");
    }
}

package org.liaison.exchange.web.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.internal.routing.Routing;
import org.liaison.exchange.internal.routing.RoutingDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The routing page over HTTP: officers read the rules and mappings, administrators add and delete them (audited),
 * and a rule added here routes the next incoming case. Source for the routing principle (EESSI delivers each
 * document to the right recipient found through the national institutions' directory):
 * https://ec.europa.eu/social/main.jsp?catId=869&langId=fr — the source gives no figures; the département 13 and
 * FR:CPAM06 of the example are built for the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoutingPagesTests {

    static final RequestPostProcessor OFFICER = user("officer-routing").roles("LIAISON_OFFICER");
    static final RequestPostProcessor AGENT = user("agent-routing").roles("INSTITUTION_AGENT");
    static final RequestPostProcessor BOSS = user("boss-routing").roles("ADMIN");
    static final String MARSEILLE_H001 = """
            {"person": {"familyName": "Test", "address": {"street": "1 rue X", "postalCode": "13001", "country": "FR"}}}""";

    @Autowired
    WebApplicationContext context;

    @Autowired
    Routing routing;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    final String note = "test " + UUID.randomUUID().toString().substring(0, 8);
    final String organisation = "ORG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        jdbc.sql("insert into organisation (code, name, kind) values (?, 'Test organisation', 'FRENCH_INSTITUTION')")
                .param(organisation).update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from exchange_routing_rule where note = ?").param(note).update();
        jdbc.sql("delete from exchange_organisation_institution where organisation_code = ?").param(organisation).update();
        jdbc.sql("delete from organisation where code = ?").param(organisation).update();
    }

    @Test
    void anOfficerReadsTheRulesInOrderAndTheMappingsInFrenchAndEnglishWithoutTheForms() throws Exception {
        mvc.perform(get("/exchange/routing").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Routage des dossiers entrants")))
                .andExpect(content().string(containsString("<caption>Règles de routage dans l’ordre où elles s’appliquent")))
                // the demo notes are French since V4_8 (issue #11 §3, one language per page)
                .andExpect(content().string(containsString("<span lang=\"fr\">échange horizontal, Paris</span>")))
                .andExpect(content().string(containsString("(FR:CPAM75)")))
                .andExpect(content().string(containsString("CPAM-PARIS")))
                .andExpect(content().string(not(containsString("Ajouter la règle"))))
                .andExpect(content().string(not(containsString("Supprimer la règle"))));
        mvc.perform(get("/exchange/routing").param("lang", "en").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Routing of incoming cases")))
                .andExpect(content().string(containsString("liaison officers’ queue")));
        mvc.perform(get("/exchange").with(OFFICER)).andExpect(content().string(containsString("/exchange/routing")));
        mvc.perform(get("/exchange/routing").with(AGENT)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("An administrator adds a rule that routes the next H_BUC_01 from Marseille (département 13) to CPAM 06, "
            + "then deletes it; both audited (https://ec.europa.eu/social/main.jsp?catId=869&langId=fr)")
    void anAdministratorAddsARuleThatRoutesTheNextCaseThenDeletesIt() throws Exception {
        assertThat(routing.route("H_BUC_01", "H", "FR:CLEISS", "FR:CLEISS", MARSEILLE_H001).queued()).isTrue();
        mvc.perform(post("/exchange/routing/rules").with(BOSS).with(csrf()).param("priority", "1")
                        .param("bucType", "H_BUC_01").param("sector", "").param("region", "13").param("scheme", "")
                        .param("institution", "FR:CPAM06").param("note", note))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/exchange/routing?done=rule-added"));
        long id = jdbc.sql("select id from exchange_routing_rule where note = ?").param(note).query(Long.class).single();
        mvc.perform(get("/exchange/routing").param("done", "rule-added").with(BOSS))
                .andExpect(content().string(containsString("La règle a été ajoutée.")))
                .andExpect(content().string(containsString(note)))
                .andExpect(content().string(containsString("Supprimer la règle " + id)));

        RoutingDecision decision = routing.route("H_BUC_01", "H", "FR:CLEISS", "FR:CLEISS", MARSEILLE_H001);
        assertThat(decision.institution()).isEqualTo("FR:CPAM06");
        assertThat(decision.reason()).isEqualTo("rule:" + id);
        assertThat(audit("ROUTING_RULE_ADDED", id)).isEqualTo("FR:CPAM06 13 H_BUC_01 1");

        mvc.perform(post("/exchange/routing/rules/{id}/delete", id).with(BOSS).with(csrf()))
                .andExpect(redirectedUrl("/exchange/routing?done=rule-removed"));
        assertThat(routing.route("H_BUC_01", "H", "FR:CLEISS", "FR:CLEISS", MARSEILLE_H001).queued()).isTrue();
        assertThat(audit("ROUTING_RULE_REMOVED", id)).isEqualTo("FR:CPAM06 13 H_BUC_01 1");
    }

    @Test
    void badInputListsEveryProblemLinkedToItsFieldAndKeepsTheValues() throws Exception {
        mvc.perform(post("/exchange/routing/rules").with(BOSS).with(csrf()).param("priority", "0")
                        .param("bucType", "H_BUC_1").param("sector", "XX").param("region", "20")
                        .param("scheme", "no spaces allowed").param("institution", "DE:DRV").param("note", note))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le formulaire contient 6 erreur(s)")))
                .andExpect(content().string(containsString("href=\"#priority\"")))
                .andExpect(content().string(containsString("href=\"#bucType\"")))
                .andExpect(content().string(containsString("href=\"#sector\"")))
                .andExpect(content().string(containsString("href=\"#region\"")))
                .andExpect(content().string(containsString("href=\"#scheme\"")))
                .andExpect(content().string(containsString("L’institution doit être une institution française du répertoire.")))
                .andExpect(content().string(containsString("value=\"H_BUC_1\"")))
                .andExpect(content().string(containsString("value=\"no spaces allowed\"")));
        mvc.perform(post("/exchange/routing/rules").with(BOSS).with(csrf()).param("priority", "5")
                        .param("bucType", "P_BUC_01").param("institution", "FR:CPAM75"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Cette institution ne traite pas ce BUC comme contrepartie.")));
        mvc.perform(post("/exchange/routing/rules").with(BOSS).with(csrf()).param("priority", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Indiquez l’institution.")));
        assertThat(jdbc.sql("select count(*) from exchange_routing_rule where note = ?").param(note).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anOfficerMayNotAddOrDeleteRulesOrMappings() throws Exception {
        mvc.perform(post("/exchange/routing/rules").with(OFFICER).with(csrf()).param("priority", "1")
                        .param("institution", "FR:CPAM06").param("note", note))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exchange/routing/rules/{id}/delete", 1).with(OFFICER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exchange/routing/organisations").with(OFFICER).with(csrf())
                        .param("organisationCode", organisation).param("institution", "FR:CPAM75"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exchange/routing/organisations/delete").with(OFFICER).with(csrf())
                        .param("organisationCode", "CPAM-PARIS").param("institution", "FR:CPAM75"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from exchange_organisation_institution where organisation_code = 'CPAM-PARIS'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorAttachesAndDetachesAnOrganisationAudited() throws Exception {
        mvc.perform(post("/exchange/routing/organisations").with(BOSS).with(csrf())
                        .param("organisationCode", "bad code").param("institution", "FR:NOPE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#mapping-organisationCode\"")))
                .andExpect(content().string(containsString("href=\"#mapping-institution\"")));
        mvc.perform(post("/exchange/routing/organisations").with(BOSS).with(csrf())
                        .param("organisationCode", "NO-SUCH-ORGANISATION").param("institution", "FR:CPAM92"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Aucun organisme n’a ce code")));
        mvc.perform(post("/exchange/routing/organisations").with(BOSS).with(csrf())
                        .param("organisationCode", organisation).param("institution", "FR:CPAM92"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exchange/routing").with(BOSS))
                .andExpect(content().string(containsString("Détacher " + organisation + " de FR:CPAM92")));
        mvc.perform(post("/exchange/routing/organisations/delete").with(BOSS).with(csrf())
                        .param("organisationCode", organisation).param("institution", "FR:CPAM92"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from exchange_organisation_institution where organisation_code = ?")
                .param(organisation).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where object_id = ? and details->>'institution' = 'FR:CPAM92'
                        and action in ('ORGANISATION_INSTITUTION_ADDED', 'ORGANISATION_INSTITUTION_REMOVED')""")
                .param(organisation).query(Long.class).single()).isEqualTo(2);
    }

    private String audit(String action, long id) {
        return jdbc.sql("""
                        select concat_ws(' ', details->>'institution', details->>'region', details->>'buc', details->>'priority')
                        from audit_entry where action = ? and object_id = ? and object_type = 'ROUTING_RULE'""")
                .params(action, String.valueOf(id)).query(String.class).single();
    }
}

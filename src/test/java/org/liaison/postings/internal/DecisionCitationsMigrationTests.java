package org.liaison.postings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.liaison.shared.db.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions stored before citations were kept in both languages (V4_0): a schema of its own is migrated to the
 * version before, given a decision with one citation string, then migrated to the end.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class DecisionCitationsMigrationTests {

    private static final String SCHEMA = "before_citations";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void aDecisionStoredWithOneCitationKeepsItAsTheCitationInBothLanguages() throws SQLException {
        // the application's role may not create schemas (only the superuser may, docs/operations.md)
        try (Connection superuser = server.superuserConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("create schema " + SCHEMA + " authorization " + server.applicationRole());
        }
        flyway("3.8").migrate();
        jdbc.sql("""
                insert into %s.posting_request (number, access_code_hash, status, engine_status, situation, holder,
                    employer_name, work_state, posted_from, decision)
                values ('DET-2026-999999', 'x', 'APPROVED', 'DECIDED', '{}', '{}', 'Exemple SA', 'DE', 'FR', cast(? as jsonb))
                """.formatted(SCHEMA)).param("""
                {"status": "DECIDED",
                 "legislation": [{"start": "2026-03-01", "end": "2027-10-31", "state": "FR", "provision": "EU_883_ART12_1",
                   "provisionTitle": {"fr": "Détachement", "en": "Posting"},
                   "legalReference": "Règl. (CE) 883/2004, art. 12(1)", "legalSource": "", "instrument": "eu-reg-883-2004"}],
                 "checks": [{"code": "POSTING_DURATION", "provision": "EU_883_ART12_1", "result": "MET", "facts": {},
                   "legalReference": "Reg. 883/2004 art. 12(1)", "legalSource": "", "explanation": {"fr": "oui", "en": "yes"}},
                  {"code": "EMPLOYER", "provision": "EU_883_ART12_1", "result": "MET", "facts": {},
                   "legalReference": {"fr": "déjà", "en": "already"}, "legalSource": "", "explanation": {"fr": "oui", "en": "yes"}}],
                 "warnings": [], "missingFacts": []}""").update();

        flyway(null).migrate();

        JsonNode decision = json.readTree(jdbc.sql("select decision::text from %s.posting_request".formatted(SCHEMA))
                .query(String.class).single());
        assertThat(decision.get("legislation").get(0).get("legalReference").get("fr").asString())
                .isEqualTo("Règl. (CE) 883/2004, art. 12(1)");
        assertThat(decision.get("legislation").get(0).get("legalReference").get("en").asString())
                .isEqualTo("Règl. (CE) 883/2004, art. 12(1)");
        assertThat(decision.get("checks").get(0).get("legalReference").get("en").asString())
                .isEqualTo("Reg. 883/2004 art. 12(1)");
        assertThat(decision.get("checks").get(1).get("legalReference").get("en").asString())
                .as("a citation already in both languages is kept").isEqualTo("already");
        assertThat(decision.get("checks")).extracting(c -> c.get("code").asString())
                .as("in their order").containsExactly("POSTING_DURATION", "EMPLOYER");
        jdbc.sql("drop schema " + SCHEMA + " cascade").update();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}

package org.liaison.postings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.SituationInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A request stored before API v1 settled its names (issue #9 part 6) reads back with the names the API reads now:
 * migration V3_9 moves {@code person.residence} to {@code person.residenceState} and an earlier posting's
 * {@code from}/{@code to} to {@code postedFrom}/{@code state}, values untouched.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class StoredSituationsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostingRequestStore store;

    @Test
    void aSituationStoredWithTheFormerNamesReadsBackWithTheNewOnes() throws IOException {
        String number = "DET-1999-" + System.nanoTime() % 1_000_000;
        jdbc.sql("""
                insert into posting_request (number, access_code_hash, status, situation, holder, employer_name,
                    work_state, posted_from)
                values (:number, 'hash', 'REFUSED', cast(:situation as jsonb), cast(:holder as jsonb), 'Dupont',
                    'DE', 'FR')""")
                .param("number", number)
                .param("situation", """
                        {"person": {"residence": "BE", "nationality": "FR"},
                         "activities": [{"kind": "EMPLOYED", "state": "DE", "postedFrom": "FR",
                           "period": {"start": "2026-03-01", "end": "2026-12-31"}}],
                         "earlierPostings": [{"from": "FR", "to": "DE", "employerId": "552100554",
                           "period": {"start": "2025-01-01", "end": "2025-06-30"}}, null],
                         "period": {"start": "2026-03-01", "end": "2026-12-31"}}""")
                .param("holder", "{\"familyName\": \"Martin\"}")
                .update();

        try {
            migrateTwiceAndCheck(number);
        } finally {
            // a closed request of no one: kept out of the other tests' queues and lists
            jdbc.sql("delete from posting_request where number = ?").param(number).update();
        }
    }

    private void migrateTwiceAndCheck(String number) throws IOException {
        String migration = new ClassPathResource("db/migration/V3_9__situation_input_names.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (int run = 0; run < 2; run++) {
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
        }

        SituationInput situation = store.find(number).orElseThrow().request().situation();
        assertThat(situation.person().residenceState()).isEqualTo("BE");
        assertThat(situation.person().nationality()).isEqualTo("FR");
        assertThat(situation.earlierPostings()).hasSize(2);
        SituationInput.EarlierPostingInput earlier = situation.earlierPostings().get(0);
        assertThat(earlier.postedFrom()).isEqualTo("FR");
        assertThat(earlier.state()).isEqualTo("DE");
        assertThat(earlier.employerId()).isEqualTo("552100554");
        assertThat(earlier.period().end()).isEqualTo("2025-06-30");
        assertThat(situation.earlierPostings().get(1)).isNull();
        assertThat(jdbc.sql("select situation::text from posting_request where number = ?").param(number)
                .query(String.class).single()).doesNotContain("\"residence\"", "\"from\"", "\"to\"");
    }
}

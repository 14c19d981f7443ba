package org.liaison.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The registry's housekeeping on PostgreSQL: old completed publications go, recent and incomplete ones stay. */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class EventPublicationHousekeepingTests {

    @Autowired
    EventPublicationHousekeeping housekeeping;
    @Autowired
    JdbcClient jdbc;

    @Test
    void completedPublicationsOlderThanTheRetentionAreDeletedAndNothingElse() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID old = publication(now.minusDays(30), now.minusDays(30));
        UUID recent = publication(now.minusDays(1), now.minusDays(1));
        UUID pending = publication(now.minusDays(30), null);

        housekeeping.purgeCompleted();

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(pending)).as("an incomplete publication is never deleted").isTrue();
        jdbc.sql("delete from event_publication where id in (:ids)").param("ids", java.util.List.of(recent, pending))
                .update();
    }

    private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                values (:id, 'test.listener', 'java.lang.String', '"test"', :published, :completed, :status, 1)""")
                .param("id", id).param("published", published).param("completed", completed)
                .param("status", completed == null ? "FAILED" : "COMPLETED").update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }
}

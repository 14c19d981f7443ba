package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.shared.db.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail on the real PostgreSQL: chained appends, tamper detection (as the database superuser, the trail restored
 * afterwards so the shared database stays intact), the append-only trigger, the application role's privileges
 * (read and append only), concurrency.
 */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EmbeddedPostgresServer database;

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRecordedEventIsStoredWithActorOriginDetailsAndAValidChain() {
        String object = unique();
        trail.record(AuditEvent.of("TEST_RECORDED", "THING", object).with("code", "FR").by("alice").from("10.0.0.1"));

        var row = jdbc.sql("select actor, origin, details->>'code' as code, previous_hash, hash from audit_entry"
                        + " where object_id = ?").param(object).query().singleRow();
        assertThat(row).containsEntry("actor", "alice").containsEntry("origin", "10.0.0.1").containsEntry("code", "FR");
        assertThat((String) row.get("hash")).hasSize(64).isNotEqualTo(row.get("previous_hash"));
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void theActorIsTheSignedInUserOrSystemWhenNobodyIsSignedIn() {
        String bySystem = unique();
        trail.record(AuditEvent.of("TEST_ACTOR", "THING", bySystem));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bob", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String byBob = unique();
        trail.record(AuditEvent.of("TEST_ACTOR", "THING", byBob));

        assertThat(actorOf(bySystem)).isEqualTo("system");
        assertThat(actorOf(byBob)).isEqualTo("bob");
    }

    @Test
    void anEntryRecordedInATransactionThatRollsBackDisappearsWithIt() {
        String object = unique();
        tx.executeWithoutResult(status -> {
            trail.record(AuditEvent.of("TEST_ROLLED_BACK", "THING", object));
            status.setRollbackOnly();
        });

        assertThat(countOf(object)).isZero();
        trail.record(AuditEvent.of("TEST_AFTER_ROLLBACK", "THING", object));
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void anEditedRowIsReportedByTheVerification() {
        long id = recordThree().get(1);
        assertThat(trail.verify().valid()).isTrue();

        AuditVerification tampered = asSuperuserThenRestore(su -> {
            su.sql("update audit_entry set actor = 'mallory' where id = ?").param(id).update();
        });

        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.firstInvalidId()).isEqualTo(id);
        assertThat(tampered.reason()).startsWith("hash mismatch");
        assertThat(tampered.checked()).isEqualTo(id - 1);
        assertThat(trail.verify().valid()).as("the trail was restored").isTrue();
    }

    @Test
    void anEditWhoseHashIsRecomputedStillBreaksTheLinkToTheNextRow() {
        List<Long> ids = recordThree();

        AuditVerification tampered = asSuperuserThenRestore(su -> {
            su.sql("update audit_entry set hash = repeat('a', 64) where id = ?").param(ids.get(1)).update();
        });

        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.firstInvalidId()).isEqualTo(ids.get(1));
    }

    @Test
    void aDeletedRowIsReportedAsAGapAtTheNextRow() {
        List<Long> ids = recordThree();

        AuditVerification tampered = asSuperuserThenRestore(su -> {
            su.sql("delete from audit_entry where id = ?").param(ids.get(1)).update();
        });

        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.firstInvalidId()).isEqualTo(ids.get(2));
        assertThat(tampered.reason()).startsWith("gap");
    }

    @Test
    void aDeletedRowWhoseSuccessorsAreRenumberedIsReportedAsABrokenLink() {
        List<Long> ids = recordThree();

        AuditVerification tampered = asSuperuserThenRestore(su -> {
            su.sql("delete from audit_entry where id = ?").param(ids.get(1)).update();
            su.sql("update audit_entry set id = id - 1 where id = ?").param(ids.get(2)).update();
        });

        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.firstInvalidId()).isEqualTo(ids.get(1));
    }

    @Test
    void twoRowsSwappedAreReportedAtTheFirstOfThem() {
        List<Long> ids = recordThree();
        long a = ids.get(0);
        long b = ids.get(1);

        AuditVerification tampered = asSuperuserThenRestore(su -> {
            su.sql("update audit_entry set id = ? where id = ?").params(Long.MAX_VALUE, a).update();
            su.sql("update audit_entry set id = ? where id = ?").params(a, b).update();
            su.sql("update audit_entry set id = ? where id = ?").params(b, Long.MAX_VALUE).update();
        });

        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.firstInvalidId()).isEqualTo(a);
    }

    @Test
    void theTriggerRefusesUpdateDeleteAndTruncateEvenToTheSuperuser() throws Exception {
        long id = recordThree().get(0);

        try (Connection connection = database.superuserConnection()) {
            JdbcClient superuser = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            assertThatThrownBy(() -> superuser.sql("update audit_entry set actor = 'mallory' where id = ?").param(id)
                    .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> superuser.sql("delete from audit_entry where id = ?").param(id).update())
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> superuser.sql("truncate audit_entry").update())
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void theApplicationRoleReadsAndAppendsButCanNeitherChangeTheTrailNorLiftItsProtection() {
        long id = recordThree().get(0);
        assertThat(jdbc.sql("select count(*) from audit_entry where id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                .single()).as("the application connects as a superuser").isFalse();

        for (String tampering : List.of(
                "update audit_entry set actor = 'mallory' where id = " + id,
                "delete from audit_entry where id = " + id,
                "truncate audit_entry",
                "alter table audit_entry disable trigger audit_entry_append_only",
                "drop trigger audit_entry_append_only on audit_entry",
                "drop table audit_entry",
                "create or replace function audit_entry_refuse_change() returns trigger language plpgsql"
                        + " as $$ begin return new; end $$")) {
            assertThatThrownBy(() -> jdbc.sql(tampering).update()).as(tampering)
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .satisfies(cause -> assertThat(cause.getMessage()).as(tampering)
                            .containsAnyOf("permission denied", "must be owner"));
        }
        // a grant by a role that owns nothing of the table gives nothing (PostgreSQL only warns)
        jdbc.sql("grant update, delete on audit_entry to current_user").update();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsKeepOneLinearValidChain() throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        String batch = unique();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                writers.add(() -> {
                    for (int i = 0; i < 20; i++) {
                        trail.record(AuditEvent.of("TEST_CONCURRENT", "THING", batch).with("thread", thread));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        AuditVerification verification = trail.verify();
        assertThat(countOf(batch)).isEqualTo(120);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.checked()).isEqualTo(before + 120);
    }

    private List<Long> recordThree() {
        String object = unique();
        for (int i = 0; i < 3; i++) {
            trail.record(AuditEvent.of("TEST_TAMPER", "THING", object).with("n", i));
        }
        return jdbc.sql("select id from audit_entry where object_id = ? order by id").param(object)
                .query(Long.class).list();
    }

    /**
     * Tampering needs the PostgreSQL superuser: the application's role may only read and append (ADR 0002). The
     * change is committed with the triggers off for this session only, the trail verified, then every row put back.
     */
    private AuditVerification asSuperuserThenRestore(Consumer<JdbcClient> tampering) {
        try (Connection connection = database.superuserConnection()) {
            JdbcClient superuser = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            superuser.sql("set session_replication_role = replica").update();
            superuser.sql("create temporary table audit_backup as select * from audit_entry").update();
            tampering.accept(superuser);
            AuditVerification result = trail.verify();
            superuser.sql("delete from audit_entry").update();
            superuser.sql("insert into audit_entry select * from audit_backup").update();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String actorOf(String object) {
        return jdbc.sql("select actor from audit_entry where object_id = ?").param(object).query(String.class).single();
    }

    private long countOf(String object) {
        return jdbc.sql("select count(*) from audit_entry where object_id = ?").param(object).query(Long.class).single();
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}

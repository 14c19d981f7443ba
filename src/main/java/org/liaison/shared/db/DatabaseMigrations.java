package org.liaison.shared.db;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway's migration at start-up, where a database that cannot be reached (refused connection, wrong password, no
 * such database) ends the start with {@link DatabaseUnavailableException} and its exit code, not Flyway's
 * exception and the JVM's 1: the one-off commands' documented codes stay unambiguous.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseMigrations {

    /** The external database: nothing to set up after the migrations, its roles are the operator's. */
    @Bean
    @ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
    FlywayMigrationStrategy externalDatabaseMigration() {
        return DatabaseMigrations::migrate;
    }

    static void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            if (unreachable(e)) {
                throw new DatabaseUnavailableException("could not open the database: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** SQL states: 08 connection exception, 28 invalid authorisation, 3D000 no such database, 57P03 starting up. */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000") || state.equals("57P03")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

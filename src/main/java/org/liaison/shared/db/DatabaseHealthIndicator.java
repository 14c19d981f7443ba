package org.liaison.shared.db;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code db} component of {@code /actuator/health} and of the readiness probe, in place of Boot's (same bean
 * name): Boot's checks the connection with {@code isValid(0)}, which has no time limit, so a database that hangs
 * rather than refuses would hang the probe. Here getting a connection is bounded by the pool's
 * {@code connection-timeout} and the check by {@code liaison.db.health-timeout}.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final DataSource dataSource;
    private final int timeoutSeconds;

    DatabaseHealthIndicator(DataSource dataSource, @Value("${liaison.db.health-timeout:1s}") Duration timeout) {
        super("Database health check failed");
        this.dataSource = dataSource;
        // JDBC counts whole seconds, and 0 would mean "no limit"
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            builder.withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .withDetail("validationQuery", "isValid()");
            if (connection.isValid(timeoutSeconds)) {
                builder.up();
            } else {
                builder.down();
            }
        }
    }
}

package org.liaison.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The pool the embedded database's configuration builds itself gets the application's {@code spring.datasource.hikari.*}
 * settings, as Boot's pool for an external database does (the outage itself: {@code DatabaseOutageTests}).
 */
class PoolSettingsTests {

    @Test
    void theEmbeddedPoolFailsFastWithTheApplicationsTimeoutsAndKeepsWhatItsBuilderSet() throws IOException {
        StandardEnvironment environment = environment();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://localhost:5432/postgres");
        pool.setPoolName("liaison");
        pool.setMaximumPoolSize(10);

        BeanPostProcessor settings = PoolSettings.hikariPoolSettings(environment);
        Object processed = settings.postProcessBeforeInitialization(pool, "dataSource");

        assertThat(processed).isSameAs(pool);
        assertThat(pool.getConnectionTimeout()).as("not Hikari's 30 s").isEqualTo(1000);
        assertThat(pool.getValidationTimeout()).isEqualTo(500);
        assertThat(pool.getPoolName()).isEqualTo("liaison");
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
        assertThat(pool.isRunning()).as("binding does not start the pool").isFalse();
    }

    @Test
    void aPoolAlreadyStartedByItsBuilderGetsTheTimeoutsToo() throws IOException {
        HikariConfig config = new HikariConfig();
        // nothing listens there: the pool starts without a connection and is closed at once
        config.setJdbcUrl("jdbc:postgresql://localhost:1/postgres");
        config.setInitializationFailTimeout(-1);
        config.setMinimumIdle(0);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            assertThat(pool.isRunning()).isTrue();

            PoolSettings.hikariPoolSettings(environment()).postProcessBeforeInitialization(pool, "dataSource");

            assertThat(pool.getConnectionTimeout()).isEqualTo(1000);
            assertThat(pool.getValidationTimeout()).isEqualTo(500);
        }
    }

    private static StandardEnvironment environment() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        return environment;
    }
}

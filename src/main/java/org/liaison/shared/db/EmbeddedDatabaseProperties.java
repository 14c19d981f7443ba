package org.liaison.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The zero-install database: a real PostgreSQL started by the application.
 *
 * @param dir  data directory kept between runs; blank means a fresh temporary directory (tests)
 * @param port TCP port on loopback; 0 picks a free one
 */
@ConfigurationProperties("liaison.embedded-db")
public record EmbeddedDatabaseProperties(String dir, int port) {
}

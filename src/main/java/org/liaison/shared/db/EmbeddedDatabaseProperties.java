package org.liaison.shared.db;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zero-install database: a real PostgreSQL started by the application.
 *
 * @param dir              data directory kept between runs; blank means a fresh temporary directory (tests)
 * @param port             TCP port on loopback; 0 picks a free one (kept when the server is restarted)
 * @param watchdog         how often the application checks that the server runs, and starts it again if not
 * @param appendOnlyTables tables whose rows the application may read and insert but never change (the audit trail)
 */
@ConfigurationProperties("liaison.embedded-db")
public record EmbeddedDatabaseProperties(String dir, int port, @DefaultValue("5s") Duration watchdog,
                                         @DefaultValue("audit_entry") List<String> appendOnlyTables) {
}

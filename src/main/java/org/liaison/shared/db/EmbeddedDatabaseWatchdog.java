package org.liaison.shared.db;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every few seconds that the embedded server still runs and starts it again when it died (killed, out of
 * memory): the pool then reconnects by itself, no one has to restart the application. A failed restart (the dead
 * server's last processes may hold its shared memory for a moment) is tried again at the next check.
 */
final class EmbeddedDatabaseWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

    private final ScheduledExecutorService scheduler;

    EmbeddedDatabaseWatchdog(EmbeddedPostgresServer server, Duration interval) {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-db-watchdog-" + server.port());
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, interval.toMillis());
        scheduler.scheduleWithFixedDelay(() -> check(server), millis, millis, TimeUnit.MILLISECONDS);
    }

    private static void check(EmbeddedPostgresServer server) {
        try {
            server.restartIfStopped();
        } catch (RuntimeException e) {
            // the cause (server log) was logged at ERROR by the server; the next check tries again
            log.error("The embedded PostgreSQL could not be started again; next try in a moment: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}

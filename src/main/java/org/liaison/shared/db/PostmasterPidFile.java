package org.liaison.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code postmaster.pid}, the lock file PostgreSQL keeps in its data directory while it runs (first line: the
 * postmaster's process id). After a {@code kill -9} of the JVM the postmaster lives on as an orphan and keeps the
 * file: that server must be stopped before another can start on the directory. A stale file (its process gone)
 * is left to PostgreSQL, which checks it and overwrites it.
 */
final class PostmasterPidFile {

    static final String NAME = "postmaster.pid";

    private PostmasterPidFile() {
    }

    /** The process id written in the data directory's pid file, if there is a readable one. */
    static Optional<Long> pid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(NAME), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The live postmaster on this data directory named by its pid file: a running process whose program is
     * {@code postgres} and whose working directory (a postmaster changes into its data directory) or {@code -D}
     * argument is this directory. Anything else (no file, a dead pid, a pid reused by another program, a
     * postgres of another directory) is not one.
     */
    static Optional<ProcessHandle> livePostmaster(Path dataDir) {
        return pid(dataDir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOn(process.pid(), dataDir));
    }

    /**
     * Whether the pid file names a live process that is certainly not a postmaster: its program is not
     * {@code postgres} (a pid reused after a reboot, in a container often by this very JVM).
     */
    static boolean reusedByAnotherProgram(Path dataDir) {
        return pid(dataDir).filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .map(pid -> {
                    try {
                        return !Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.UTF_8)
                                .strip().startsWith("postgres");
                    } catch (IOException e) {
                        return false;
                    }
                }).orElse(false);
    }

    static boolean isPostgresOn(long pid, Path dataDir) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String command = Files.readString(proc.resolve("comm"), StandardCharsets.UTF_8).strip();
            if (!command.startsWith("postgres")) {
                return false;
            }
            Path dir = dataDir.toRealPath();
            try {
                if (Files.readSymbolicLink(proc.resolve("cwd")).equals(dir)) {
                    return true;
                }
            } catch (IOException | SecurityException e) {
                // another user's process: fall back on its arguments
            }
            List<String> arguments = List.of(Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8)
                    .split("\0"));
            int d = arguments.indexOf("-D");
            return d >= 0 && d + 1 < arguments.size() && Path.of(arguments.get(d + 1)).toRealPath().equals(dir);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

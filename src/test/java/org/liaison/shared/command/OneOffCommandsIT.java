package org.liaison.shared.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's one-off commands, run for real on the packaged jar (failsafe, after {@code package}): the first
 * administrator is created without a web server, a weak password is refused, and the audit trail verifies.
 */
class OneOffCommandsIT {

    static final Path JAR = Path.of("target", "liaison-exec.jar");

    @TempDir
    Path data;

    @Test
    void theFirstAdministratorIsCreatedByTheDocumentedCommandAndTheAuditTrailThenVerifies() throws Exception {
        Result created = run("correct horse battery", "--liaison.create-admin=alice");
        assertThat(created.exitCode()).as(created.output()).isZero();
        assertThat(created.output()).contains("Administrator 'alice' created").doesNotContain("correct horse battery");

        Result weak = run("short", "--liaison.create-admin=bob");
        assertThat(weak.exitCode()).as(weak.output()).isEqualTo(1);
        assertThat(weak.output()).contains("at least 12 characters");

        Result verified = run(null, "--liaison.audit.verify");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Audit trail VALID: 1 entries checked");
    }

    record Result(int exitCode, String output) {
    }

    private Result run(String password, String argument) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (mvn verify builds it before this test)").exists();
        Path log = Files.createTempFile(data, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), argument))
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("LIAISON_DATA_DIR", data.toString());
        builder.environment().remove("LIAISON_ADMIN_PASSWORD");
        if (password != null) {
            builder.environment().put("LIAISON_ADMIN_PASSWORD", password);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the command ends by itself").isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}

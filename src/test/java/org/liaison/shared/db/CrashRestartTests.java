package org.liaison.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.LiaisonApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #10 §1, for real: Liaison runs in a child JVM on a data directory, acknowledges writes through the API and
 * is killed with {@code kill -9} ({@link Process#destroyForcibly()}), which leaves its PostgreSQL running as an
 * orphan on the directory. The application started again on the same directory comes up and has every acknowledged
 * row; after a second kill, the audit verification opens the directory and answers 0; a directory that cannot be
 * opened ends the command with 3 (not 1, "chain broken") and PostgreSQL's own reason in the log. A surefire test:
 * it runs in {@code mvn -B verify} with the other tests, on the test class path (no packaged jar needed).
 */
class CrashRestartTests {

    private static final Duration START_BOUND = Duration.ofMinutes(3);

    @TempDir
    Path data;

    private final List<Process> children = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void stopEverything() {
        children.forEach(Process::destroyForcibly);
        PostmasterPidFile.livePostmaster(postgres()).ifPresent(postmaster -> {
            postmaster.destroy();
            postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        });
    }

    @Test
    void afterAKillNineTheApplicationAndTheAuditVerificationOpenTheDirectoryWithEveryAcknowledgedRow() throws Exception {
        int port = freePort();
        Process first = start(port, "first.log");
        awaitUp(first, port, "first.log");
        Map<String, String> acknowledged = new LinkedHashMap<>();
        JsonNode example = postingRequestExample(port);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = send(HttpRequest.newBuilder(uri(port, "/api/v1/posting-requests"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            // three people: the same one twice for the same period is now a 409 (issue #11 §4)
                            json.writeValueAsString(org.liaison.coordination.Situations.anotherPerson(example)))).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode receipt = json.readTree(created.body());
            acknowledged.put(receipt.get("number").asString(), receipt.get("accessCode").asString());
        }

        kill9(first);
        assertThat(PostmasterPidFile.livePostmaster(postgres())).as("the orphaned PostgreSQL still holds the directory")
                .isPresent();

        int again = freePort();
        Process second = start(again, "second.log");
        awaitUp(second, again, "second.log");
        acknowledged.forEach((number, code) -> {
            HttpResponse<String> read = send(HttpRequest.newBuilder(uri(again, "/api/v1/posting-requests/" + number))
                    .header("X-Access-Code", code).GET().build());
            assertThat(read.statusCode()).as("acknowledged request %s after the restart", number).isEqualTo(200);
        });
        assertThat(log("second.log")).contains("left by an earlier run still holds");

        kill9(second);
        Result verified = command("verify.log", "--liaison.audit.verify");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Audit trail VALID");

        // a directory PostgreSQL refuses to open: its reason in the log, at ERROR; 3, not "chain broken"
        Files.writeString(postgres().resolve("postgresql.auto.conf"), "\nshared_buffers = 'a lot'\n",
                StandardOpenOption.APPEND);
        Result unopened = command("unopened.log", "--liaison.audit.verify");
        assertThat(unopened.exitCode()).as(unopened.output()).isEqualTo(DatabaseUnavailableException.EXIT_CODE);
        assertThat(unopened.output()).contains("ERROR").contains("invalid value for parameter \"shared_buffers\"");
    }

    private Path postgres() {
        return data.resolve("postgres");
    }

    private Process start(int port, String logName, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("liaison."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add(LiaisonApplication.class.getName());
        command.add("--server.port=" + port);
        command.add("--liaison.embedded-db.dir=" + postgres());
        command.add("--spring.profiles.active=default");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve(logName).toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Process process = builder.start();
        process.getOutputStream().close();
        children.add(process);
        return process;
    }

    private void awaitUp(Process process, int port, String logName) throws Exception {
        long deadline = System.nanoTime() + START_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application is running:\n%s", log(logName)).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(uri(port, "/actuator/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not up within " + START_BOUND + ":\n" + log(logName));
    }

    record Result(int exitCode, String output) {
    }

    private Result command(String logName, String... arguments) throws Exception {
        Process process = start(0, logName, arguments);
        boolean ended = process.waitFor(START_BOUND.toSeconds(), TimeUnit.SECONDS);
        assertThat(ended).as("the command ends by itself:\n%s", log(logName)).isTrue();
        return new Result(process.exitValue(), log(logName));
    }

    private static void kill9(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, PostgreSQL is not stopped
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private JsonNode postingRequestExample(int port) {
        JsonNode document = json.readTree(send(HttpRequest.newBuilder(uri(port, "/v3/api-docs")).GET().build()).body());
        JsonNode examples = document.path("paths").path("/api/v1/posting-requests").path("post").path("requestBody")
                .path("content").path("application/json").path("examples");
        assertThat(examples.isEmpty()).as("the documented examples of POST /api/v1/posting-requests").isFalse();
        return examples.iterator().next().get("value");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String log(String name) {
        try {
            return Files.readString(data.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

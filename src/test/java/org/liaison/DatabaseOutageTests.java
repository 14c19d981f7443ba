package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database that dies under the running application (issue #10, §2), with an external PostgreSQL the test starts
 * itself on a fixed port and gives to the application as {@code spring.datasource.url}: while it is stopped the
 * health check says DOWN within 2 s, readiness is DOWN and liveness UP, and every request that needs the database gets
 * a 503 (problem body with Retry-After for the API, the DSFR page for pages, the login page saying so), never a 401
 * or a 500; once it is started again on the same port and data directory, the pool reconnects by itself. Real HTTP,
 * since the 503 pages go through the servlet container's error dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseOutageTests {

    private static final Duration RECONNECTION_BOUND = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static Path dataDir;
    private static int databasePort;
    private static EmbeddedPostgres database;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("liaison-outage-pg");
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + databasePort + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPort(databasePort).setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void removeDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whileTheDatabaseIsDownRequestsGet503AndTheProbesSaySoThenThePoolReconnects() throws Exception {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(pool.getJdbcUrl()).as("the test's external database").contains(":" + databasePort + "/");
        assertThat(pool.getConnectionTimeout()).as("fails fast, not after Hikari's 30 s").isLessThanOrEqualTo(1000);
        assertThat(pool.getValidationTimeout()).isLessThanOrEqualTo(500);

        String username = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        String password = administration.create(new UserAdministration.NewUser(username, "Outage test", null, null,
                EnumSet.of(Role.ADMIN, Role.LIAISON_OFFICER))).newPassword();
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient staff = client();
        assertThat(signIn(staff, username, password).statusCode()).as("signed in").isEqualTo(302);
        assertThat(get(staff, "/admin/users", "text/html").statusCode()).isEqualTo(200);
        assertThat(get(client(), "/api/v1/posting-requests", "application/json", "Authorization", basic).statusCode())
                .isEqualTo(200);

        database.close();

        long started = System.nanoTime();
        HttpResponse<String> health = get(client(), "/actuator/health", "application/json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        assertThat(took).as("health answers DOWN within 2 s").isLessThan(Duration.ofSeconds(2));
        HttpResponse<String> readiness = get(client(), "/actuator/health/readiness", "application/json");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        HttpResponse<String> liveness = get(client(), "/actuator/health/liveness", "application/json");
        assertThat(liveness.statusCode()).as("a dead database is no reason to restart the application").isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        // signed-in API call: the user store cannot be read, which is not a wrong password
        assertUnavailableProblem(get(client(), "/api/v1/posting-requests", "application/json", "Authorization", basic),
                "/api/v1/posting-requests");
        // anonymous API call whose handler reads the database
        assertUnavailableProblem(get(client(), "/api/v1/posting-requests/FR-2026-000001", "application/json",
                "X-Access-Code", "ABCD-EFGH-JKLM"), "/api/v1/posting-requests/FR-2026-000001");
        // pages: a signed-in one and a public one
        assertUnavailablePage(get(staff, "/admin/users", "text/html"));
        assertUnavailablePage(get(client(), "/certificates/verify?number=FR-A1-2026-000123&code=ABCDE-FGHJK", "text/html"));
        // what reads nothing from the database is served as usual
        assertThat(get(client(), "/partners", "text/html").statusCode()).isEqualTo(200);
        assertThat(get(client(), "/simulators", "text/html").statusCode()).isEqualTo(200);
        // the login form: the password was not checked, the page says why
        HttpResponse<String> login = signIn(client(), username, password);
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Retry-After")).isPresent();
        assertThat(login.body()).contains("Connexion momentanément impossible").doesNotContain("mot de passe incorrect");

        database = start();

        long deadline = System.nanoTime() + RECONNECTION_BOUND.toNanos();
        int status;
        do {
            Thread.sleep(200);
            status = get(client(), "/api/v1/posting-requests", "application/json", "Authorization", basic).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("the pool reconnects within %s", RECONNECTION_BOUND).isEqualTo(200);
        assertThat(get(client(), "/actuator/health", "application/json").statusCode()).isEqualTo(200);
        assertThat(get(client(), "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
        assertThat(get(staff, "/admin/users", "text/html").statusCode()).as("the session survived").isEqualTo(200);
        assertThat(jdbc.sql("select failed_attempts from app_user where username = ?").param(username)
                .query(Integer.class).single()).as("the sign-in refused during the outage was not counted").isZero();
        assertThat(signIn(client(), username, password).statusCode()).isEqualTo(302);
    }

    private static void assertUnavailableProblem(HttpResponse<String> response, String instance) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.body()).contains("\"type\":\"urn:liaison:problem:service-unavailable\"")
                .contains("\"status\":503").contains("\"instance\":\"" + instance + "\"");
    }

    private static void assertUnavailablePage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("Service momentanément indisponible").contains("Erreur 503");
    }

    private HttpResponse<String> signIn(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> page = get(client, "/login", "text/html");
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return client.send(HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path, String accept, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Accept", accept).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

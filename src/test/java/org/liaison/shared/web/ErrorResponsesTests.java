package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/**
 * What a client gets when a request fails: problem details for the API, a DSFR page for a reader. Runs the web
 * layer alone (no database, no security rules) around a small API that fails on purpose, through the real server
 * and its error dispatch.
 */
@SpringBootTest(classes = ErrorResponsesTests.WebLayer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                + "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration,"
                + "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
                // a signing key in memory, as in the test profile: nothing written in the checkout
                "liaison.certificates.signing.development-keystore="})
@ExtendWith(OutputCaptureExtension.class)
class ErrorResponsesTests {

    @LocalServerPort
    int port;

    record Response(int status, String contentType, String body) {
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        Response response = call(HttpMethod.GET, "/api/v1/nothing-here", null, null, "text/html");

        assertProblem(response, 404);
        assertThat(response.body()).contains("\"instance\":\"/api/v1/nothing-here\"");
    }

    @Test
    void aMethodTheApiDoesNotAllowIsA405Problem() {
        assertProblem(call(HttpMethod.PUT, "/api/test/items", null, null, null), 405);
    }

    @Test
    void aContentTypeTheApiDoesNotReadIsA415Problem() {
        assertProblem(call(HttpMethod.POST, "/api/test/items", MediaType.TEXT_PLAIN, "name", null), 415);
    }

    @Test
    void malformedJsonIsA400ProblemThatDoesNotEchoTheBody() {
        Response response = call(HttpMethod.POST, "/api/test/items", MediaType.APPLICATION_JSON, "{\"name\": Jean", null);

        assertInputProblem(response, "invalid-input", "Données invalides");
        assertThat(response.body()).contains("n'est pas un JSON lisible", "\"code\":\"UNREADABLE\"").doesNotContain("Jean");
    }

    @Test
    void aValueOfTheWrongTypeIsA400ProblemNamingItsJsonPath() {
        Response response = call(HttpMethod.POST, "/api/test/items?lang=en", MediaType.APPLICATION_JSON,
                "{\"name\": {\"first\": \"Jean\"}}", null);

        assertInputProblem(response, "invalid-input", "Invalid input");
        assertThat(response.body()).contains("{\"field\":\"name\",\"code\":\"UNREADABLE\","
                + "\"message\":\"name: this value cannot be read for this field.\"}").doesNotContain("Jean");
    }

    @Test
    void aMalformedParameterIsA400ProblemNamingTheParameterButNotItsValue() {
        Response response = call(HttpMethod.GET, "/api/test/items/7?on=yesterday&lang=en", null, null, null);

        assertInputProblem(response, "invalid-parameter", "Invalid parameter");
        assertThat(response.body()).contains("{\"field\":\"on\",\"code\":\"INVALID_VALUE\","
                + "\"message\":\"The value of parameter \\\"on\\\" is not valid.\"}").doesNotContain("yesterday");
    }

    @Test
    void aMissingParameterIsA400ProblemNamingIt() {
        Response response = call(HttpMethod.GET, "/api/test/items/7", null, null, null);

        assertInputProblem(response, "invalid-parameter", "Paramètre invalide");
        assertThat(response.body()).contains("{\"field\":\"on\",\"code\":\"REQUIRED\","
                + "\"message\":\"Le paramètre « on » est obligatoire.\"}");
    }

    @Test
    void anInvalidBodyIsA400ProblemListingTheFields() {
        Response response = call(HttpMethod.POST, "/api/test/items", MediaType.APPLICATION_JSON, "{\"name\": \"\"}", null);

        assertInputProblem(response, "invalid-input", "Données invalides");
        assertThat(response.body()).contains("\"field\":\"name\"", "\"code\":\"NOT_BLANK\"");
    }

    @Test
    void aModulesRefusalIsItsProblemBodyInTheRequestsLanguage() {
        Response french = call(HttpMethod.GET, "/api/test/things/7", null, null, null);
        Response english = call(HttpMethod.GET, "/api/test/things/7", null, null, null, "en");

        assertThat(french.status()).isEqualTo(404);
        assertThat(french.contentType()).startsWith("application/problem+json");
        assertThat(french.body()).isEqualTo("{\"type\":\"urn:liaison:problem:unknown-thing\",\"title\":\"Chose inconnue\","
                + "\"status\":404,\"detail\":\"Aucune chose n’a ce numéro.\",\"instance\":\"/api/test/things/7\","
                + "\"kinds\":[\"chose\",\"truc\"]}");
        assertThat(english.body()).contains("\"title\":\"Unknown thing\"", "\"kinds\":[\"thing\",\"item\"]");
    }

    @Test
    void aModulesRefusalOnAPageIsTheErrorPageWithItsStatus() {
        Response notFound = call(HttpMethod.GET, "/test/things/7?lang=en", null, null, "text/html");
        Response invalid = call(HttpMethod.POST, "/test/things", null, null, "text/html");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("<html lang=\"en\"", "<h1>Page not found</h1>");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("text/html");
    }

    @Test
    void tooManyRequestsSaysWhenToTryAgain() {
        RestClient.RequestHeadersSpec<?> request = RestClient.create("http://localhost:" + port).get().uri("/api/test/limited");
        String answer = request.exchange((req, res) -> res.getStatusCode().value() + " "
                + res.getHeaders().getFirst("Retry-After") + " " + res.getHeaders().getContentType());

        assertThat(answer).isEqualTo("429 120 application/problem+json;charset=UTF-8");
    }

    @Test
    void aModulesOwnProblemIsKept() {
        Response response = call(HttpMethod.DELETE, "/api/test/items/7", null, null, null);

        assertProblem(response, 410);
        assertThat(response.body()).contains("\"detail\":\"This item was archived.\"");
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWithAReferenceAndNeitherStackTraceNorMessage(CapturedOutput log) {
        Response response = call(HttpMethod.GET, "/api/test/boom", null, null, null);

        assertProblem(response, 500);
        assertThat(response.body()).contains("\"reference\":\"").doesNotContain("Dupont", "IllegalStateException", "at org.");
        String reference = response.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        assertThat(log.getOut()).contains("Unexpected error " + reference, "java.lang.IllegalStateException")
                .doesNotContain("Dupont");
    }

    @Test
    void anUnexpectedFailureOnAPageShowsTheErrorPageWithItsReference() {
        Response response = call(HttpMethod.GET, "/test/boom?lang=en", null, null, "text/html");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).contains("<html lang=\"en\"", "Unexpected error", "Incident reference: ")
                .doesNotContain("Dupont");
    }

    @Test
    void aPageThatFailsWhileRenderingIsLoggedUnderItsReferenceWithoutItsMessage(CapturedOutput log) {
        Response response = call(HttpMethod.GET, "/test/boom-while-rendering?lang=en", null, null, "text/html");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).contains("Incident reference: ").doesNotContain("Dupont");
        String reference = response.body().replaceAll("(?s).*Incident reference: ([0-9a-f]{8}).*", "$1");
        // not Tomcat's "Servlet.service() ... threw exception", which writes the exception's message
        assertThat(log.getOut()).contains("Unexpected error " + reference, "java.lang.IllegalStateException")
                .doesNotContain("Dupont", "threw exception");
    }

    @Test
    void anUnknownPageShowsTheNotFoundPageInTheReadersLanguage() {
        Response french = call(HttpMethod.GET, "/nulle-part", null, null, "text/html");
        Response english = call(HttpMethod.GET, "/nowhere?lang=en", null, null, "text/html");

        assertThat(french.status()).isEqualTo(404);
        assertThat(french.body()).contains("<html lang=\"fr\"", "<h1>Page non trouvée</h1>", "Page d&#39;accueil");
        assertThat(english.body()).contains("<html lang=\"en\"", "<h1>Page not found</h1>", "href=\"/nowhere?lang=fr\"");
    }

    @Test
    void aJsonClientGetsAProblemOutsideTheApiToo() {
        assertProblem(call(HttpMethod.GET, "/nowhere", null, null, "application/json"), 404);
    }

    @Test
    void anUnreachableDatabaseIsA503ProblemSayingWhenToTryAgain() {
        Response french = call(HttpMethod.GET, "/api/test/database-down", null, null, null);
        Response english = call(HttpMethod.GET, "/api/test/database-down", null, null, null, "en");

        assertThat(french.status()).isEqualTo(503);
        assertThat(french.contentType()).startsWith("application/problem+json");
        assertThat(french.body()).startsWith("{\"type\":\"urn:liaison:problem:service-unavailable\","
                + "\"title\":\"Service momentanément indisponible\",\"status\":503,\"detail\":\"")
                .contains("\"instance\":\"/api/test/database-down\"").doesNotContain("reference", "Dupont");
        assertThat(english.body()).contains("\"title\":\"Service temporarily unavailable\"");
        assertThat(retryAfter("/api/test/database-down", "application/json")).isEqualTo("503 5");
    }

    @Test
    void aDatabaseThatStoppedUnderAQueryIsA503TooButABadQueryIsStillA500() {
        assertThat(call(HttpMethod.GET, "/api/test/database-stopping", null, null, null).status()).isEqualTo(503);
        assertProblem(call(HttpMethod.GET, "/api/test/bad-query", null, null, null), 500);
    }

    @Test
    void anUnreachableDatabaseOnAPageIsThe503PageWhereverItFailed() {
        Response inHandler = call(HttpMethod.GET, "/test/database-down?lang=en", null, null, "text/html");
        Response whileRendering = call(HttpMethod.GET, "/test/database-down-while-rendering?lang=en", null, null,
                "text/html");

        for (Response page : List.of(inHandler, whileRendering)) {
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("<html lang=\"en\"", "<h1>Service temporarily unavailable</h1>",
                    "Error 503").doesNotContain("Incident reference", "Dupont");
        }
        assertThat(retryAfter("/test/database-down", "text/html")).isEqualTo("503 5");
        assertThat(retryAfter("/test/database-down-while-rendering", "text/html")).isEqualTo("503 5");
    }

    private String retryAfter(String path, String accept) {
        return RestClient.create("http://localhost:" + port).get().uri(path).header("Accept", accept)
                .exchange((req, res) -> res.getStatusCode().value() + " " + res.getHeaders().getFirst("Retry-After"));
    }

    private void assertInputProblem(Response response, String type, String title) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).startsWith("{\"type\":\"urn:liaison:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":400,\"detail\":\"").contains("\"errors\":[{\"field\":")
                .doesNotContain("trace", "exception");
    }

    private void assertProblem(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"" + HttpStatus.valueOf(status).getReasonPhrase() + "\"")
                .doesNotContain("trace", "exception");
    }

    private Response call(HttpMethod method, String path, MediaType contentType, String body, String accept) {
        return call(method, path, contentType, body, accept, null);
    }

    private Response call(HttpMethod method, String path, MediaType contentType, String body, String accept,
                          String language) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).method(method).uri(path);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (contentType != null) {
            request.contentType(contentType).body(body);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ErrorPagesController.class, ErrorHandlingConfiguration.class, ProblemHandler.class, ShellModelAdvice.class,
            LocaleConfiguration.class, FailuresOutsideHandlers.class, FailingApi.class})
    static class WebLayer {

        @Bean
        SecurityFilterChain openToAll(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).csrf(csrf -> csrf.disable()).build();
        }
    }

    record Item(@NotBlank String name) {
    }

    @Controller
    static class FailingApi {

        @GetMapping("/api/test/items/{id}")
        @ResponseBody
        Item item(@PathVariable int id, @RequestParam LocalDate on) {
            return new Item("item " + id);
        }

        @PostMapping(path = "/api/test/items", consumes = MediaType.APPLICATION_JSON_VALUE)
        @ResponseBody
        Item add(@Valid @RequestBody Item item) {
            return item;
        }

        @DeleteMapping("/api/test/items/{id}")
        void archived(@PathVariable int id) {
            throw new ResponseStatusException(HttpStatus.GONE, "This item was archived.");
        }

        @GetMapping({"/api/test/things/{id}", "/test/things/{id}"})
        String thing(@PathVariable int id) {
            throw new ProblemException(Problem.notFound("unknown-thing", new LocalizedText("Chose inconnue", "Unknown thing"),
                    new LocalizedText("Aucune chose n’a ce numéro.", "No thing has this number."))
                    .with("kinds", List.of(new LocalizedText("chose", "thing"), new LocalizedText("truc", "item"))));
        }

        @PostMapping("/test/things")
        String addThing() {
            throw new InvalidInputException(List.of(new FieldProblem("name", "REQUIRED",
                    new LocalizedText("Obligatoire.", "Required."))));
        }

        @GetMapping("/api/test/limited")
        String limited() {
            throw new ProblemException(Problem.tooManyRequests("too-many", new LocalizedText("Trop", "Too many"),
                    new LocalizedText("Réessayez plus tard.", "Try again later."), Duration.ofMinutes(2)));
        }

        @GetMapping({"/api/test/database-down", "/test/database-down"})
        String databaseDown() {
            // what a @Transactional service throws when the pool gives no connection within its timeout
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                            new SQLTransientConnectionException("liaison - Connection is not available")));
        }

        @GetMapping("/api/test/database-stopping")
        String databaseStopping() throws SQLException {
            throw new SQLException("terminating connection due to administrator command", "57P01");
        }

        @GetMapping("/api/test/bad-query")
        String badQuery() {
            throw new BadSqlGrammarException("select", "select nme from claimant where name = 'Dupont'",
                    new SQLException("column \"nme\" does not exist", "42703"));
        }

        @GetMapping("/test/database-down-while-rendering")
        View databaseDownWhileRendering() {
            // a page whose model reads the database only when the template is rendered, after the handler returned
            return (model, request, response) -> {
                throw new DataAccessResourceFailureException("Failed to obtain JDBC Connection");
            };
        }

        @GetMapping("/test/boom-while-rendering")
        View boomWhileRendering() {
            return (model, request, response) -> {
                throw new IllegalStateException("could not render the claim of Jean Dupont");
            };
        }

        @GetMapping({"/api/test/boom", "/test/boom"})
        String boom() {
            throw new IllegalStateException("could not file the claim of Jean Dupont");
        }
    }
}

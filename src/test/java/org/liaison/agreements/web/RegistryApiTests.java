package org.liaison.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry API over HTTP: JSON bodies, filters, and RFC 9457 problems for bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryApiTests {

    @LocalServerPort
    int port;

    RestClient client;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void client() {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    ResponseEntity<String> get(String uri) {
        return client.get().uri(uri).retrieve().toEntity(String.class);
    }

    JsonNode body(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    @Test
    void listsThe72PartnersWithTheirCurrentInstrument() {
        ResponseEntity<String> response = get("/api/v1/partners");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode partners = body(response);
        assertThat(partners.size()).isEqualTo(72);
        JsonNode germany = find(partners, "DE");
        assertThat(germany.get("nameFr").asString()).isEqualTo("Allemagne");
        assertThat(germany.get("nameEn").asString()).isEqualTo("Germany");
        assertThat(germany.get("kind").asString()).isEqualTo("eu_member");
        assertThat(germany.get("currentInstrument").get("id").asString()).isEqualTo("eu-reg-883-2004");
    }

    @Test
    void filtersByInstrumentTypeBranchAndDate() {
        JsonNode bilateral = body(get("/api/v1/partners?instrumentType=bilateral"));
        assertThat(bilateral.size()).isGreaterThan(30);
        bilateral.forEach(p -> assertThat(p.get("currentInstrument").get("kind").asString()).isEqualTo("bilateral"));

        JsonNode unemployment2015 = body(get("/api/v1/partners?branch=unemployment&date=2015-01-01"));
        assertThat(codes(unemployment2015)).contains("DE", "CH", "GB").contains("HR").doesNotContain("JP", "US", "CA");
        JsonNode in1965 = body(get("/api/v1/partners?date=1965-06-01&instrumentType=eu_regulation"));
        assertThat(codes(in1965)).containsExactlyInAnyOrder("BE", "DE", "IT", "LU", "NL");
    }

    @Test
    void malformedParametersGiveA400ProblemNamingEachField() {
        ResponseEntity<String> response = get("/api/v1/partners?branch=flying&date=2015-13-01&instrumentType=treaty");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains("branch");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("instrumentType", "branch", "date");
    }

    @Test
    void anUnknownPartnerOrInstrumentGivesA404Problem() {
        for (String uri : new String[] {"/api/v1/partners/ZZ", "/api/v1/partners/not-a-code", "/api/v1/instruments/nope"}) {
            ResponseEntity<String> response = get(uri);
            assertThat(response.getStatusCode().value()).as(uri).isEqualTo(404);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            JsonNode problem = body(response);
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("type").asString()).isEqualTo("urn:liaison:problem:not-found");
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).isNotBlank();
        }
    }

    @Test
    void aPartnerShowsItsInstrumentsOverTimeAndFactsWithStatusAndSource() {
        JsonNode canada = body(get("/api/v1/partners/ca"));
        assertThat(canada.get("code").asString()).isEqualTo("CA");
        assertThat(canada.get("instruments").findValuesAsString("id")).containsExactly("fr-ca-1979", "fr-ca-2013");
        JsonNode accord2013 = canada.get("instruments").get(1);
        assertThat(accord2013.get("from").asString()).isEqualTo("2017-08-01");
        assertThat(canada.get("instruments").get(0).get("from").asString()).isEqualTo("1981");
        JsonNode posting = find(accord2013.get("facts"), "fact", "max_posting_months");
        assertThat(posting.get("value").asString()).isEqualTo("36");
        assertThat(posting.get("status").asString()).isEqualTo("verified");
        assertThat(posting.get("source").asString()).startsWith("http");
        JsonNode old = canada.get("instruments").get(0).get("facts");
        assertThat(find(old, "fact", "max_posting_months").get("status").asString()).isEqualTo("unknown");
        assertThat(find(old, "fact", "max_posting_months").get("value").isNull()).isTrue();
    }

    @Test
    void listsInstrumentsAndOneInstrumentWithItsPartnersAndFacts() {
        assertThat(body(get("/api/v1/instruments")).findValuesAsString("id")).contains("eu-reg-883-2004", "fr-jp-2005", "decree-pf-1994");
        JsonNode japan = body(get("/api/v1/instruments/fr-jp-2005"));
        assertThat(japan.get("inForce").asString()).isEqualTo("2007-06-01");
        assertThat(japan.get("partners").get(0).asString()).isEqualTo("JP");
        assertThat(find(japan.get("facts"), "fact", "reposting_gap_months").get("value").asString()).isEqualTo("12");
    }

    @Test
    void theOpenApiDocumentDescribesTheRegistryApi() {
        String doc = get("/v3/api-docs").getBody();
        assertThat(doc).contains("/api/v1/partners", "/api/v1/partners/{code}", "/api/v1/instruments", "/api/v1/instruments/{id}",
                "instrumentType", "application/problem+json");
    }

    private static JsonNode find(JsonNode array, String code) {
        return find(array, "code", code);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("No " + field + "=" + value);
    }

    private static java.util.List<String> codes(JsonNode array) {
        return array.findValuesAsString("code");
    }
}

package org.liaison.coordination.web.pensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pension estimate API over real HTTP: a worked example, every problem of a bad request, who may call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PensionApiTests {

    static final String ESTIMATE = "/api/v1/coordination/pensions/estimate";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    JsonMapper json;

    RestClient client;
    String user;
    String password;

    @BeforeEach
    void setUp() {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        user = "pension-api-" + UUID.randomUUID().toString().substring(0, 8);
        var outcome = administration.create(new UserAdministration.NewUser(user, "Pension API", null, null,
                EnumSet.of(Role.EDITOR)));
        assertThat(outcome.ok()).isTrue();
        password = outcome.newPassword();
    }

    /**
     * CJEU C-282/11 Salgado González (facts as summarised at
     * http://www.tress-network.org/TRESS/SOCIAL/NEWSLETTERS/march13/tress_2_P11.htm and
     * https://eela.eelc-updates.com/court_watches/eelc-2018-0232): Spanish contributions from 1 February 1989 to
     * 31 March 1999 (3,711 days), Portuguese ones reported as 2,100 days (70 months of 30 days), and a Spanish
     * qualifying period of 15 years that only aggregation reaches. The amounts are built for the test: a Spanish
     * theoretical amount of €600 gives a pro-rata of 600 × 122/192 = €381.25.
     */
    @Test
    void aSignedInClientGetsTheSalgadoGonzalezAggregationAndProRataWithEnglishExplanations() {
        String body = """
                {"periods": [
                  {"state": "ES", "scheme": "RETA", "kind": "SELF_EMPLOYMENT", "start": "1989-02-01", "end": "1999-03-31"},
                  {"state": "PT", "scheme": "general", "kind": "SELF_EMPLOYMENT", "quantity": 2100, "unit": "DAYS",
                   "workingWeek": "SEVEN_DAY"}],
                 "rules": [
                  {"state": "ES", "minimumMonths": 180, "theoreticalAmount": 600.00},
                  {"state": "PT", "minimumMonths": 180, "monthlyAccrual": 2.00}],
                 "residenceState": "ES", "date": "2006-01-01"}""";
        ResponseEntity<String> response = post(body, "en", true);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode estimate = json.readTree(response.getBody());
        assertThat(estimate.get("status").asString())
                .as("the request does not say whether the Spanish and Portuguese benefits are in Annex VIII")
                .isEqualTo("NEEDS_INFORMATION");
        assertThat(estimate.get("aggregation").get("totalMonths").decimalValue()).isEqualByComparingTo("192");
        assertThat(estimate.get("aggregation").get("credits").get(0).get("days").asLong()).isEqualTo(3711);
        JsonNode spain = state(estimate, "ES");
        assertThat(spain.get("independent").isNull()).as("15 years are not reached in Spain alone").isTrue();
        assertThat(spain.get("proRata").decimalValue()).isEqualByComparingTo("381.25");
        assertThat(spain.get("amountDue").decimalValue()).isEqualByComparingTo("381.25");
        assertThat(spain.get("paid").asString()).isEqualTo("PRO_RATA");
        assertThat(spain.get("basis").get("legalReference").get("citation").asString()).contains("Art. 52(3)");
        assertThat(state(estimate, "PT").get("proRata").decimalValue()).isEqualByComparingTo("140.00");
        assertThat(estimate.get("total").decimalValue()).isEqualByComparingTo("521.25");
        assertThat(estimate.get("notice").asString()).contains("not a decision");
        List<String> explanations = new ArrayList<>();
        estimate.get("checks").forEach(c -> {
            assertThat(c.get("legalReference").get("citation").asString()).isNotBlank();
            explanations.add(c.get("explanation").asString());
        });
        assertThat(explanations).anyMatch(e -> e.startsWith("In ES, theoretical amount €600.00 times 122"))
                .anyMatch(e -> e.contains("2100 days count as 70"));
        assertThat(json.readTree(post(body, "fr", true).getBody()).get("checks").get(0).get("explanation").asString())
                .contains("mois");
    }

    /**
     * Issue #12 item 4 over HTTP: Germany rounds half up (SGB VI § 121(2), https://www.gesetze-im-internet.de/sgb_6/
     * __121.html), France truncates: 1000.20 × 60/480 = 125.025 → 125.03 and 1000.20 × 420/480 = 875.175 → 875.17;
     * each state says its rule, and a rule the request gives must be one of the known ones.
     */
    @Test
    void eachStatesAmountsFollowItsNationalRoundingAndSayWhichOne() {
        String body = """
                {"periods": [
                  {"state": "DE", "scheme": "DRV", "kind": "EMPLOYMENT", "start": "1980-01-01", "end": "1984-12-31"},
                  {"state": "FR", "scheme": "CNAV", "kind": "EMPLOYMENT", "start": "1985-01-01", "end": "2019-12-31"}],
                 "rules": [
                  {"state": "DE", "minimumMonths": 0, "theoreticalAmount": 1000.20},
                  {"state": "FR", "minimumMonths": 0, "theoreticalAmount": 1000.20}],
                 "residenceState": "FR", "date": "2026-01-01"}""";
        JsonNode estimate = json.readTree(post(body, "en", true).getBody());
        assertThat(state(estimate, "DE").get("proRata").decimalValue()).isEqualByComparingTo("125.03");
        assertThat(state(estimate, "DE").get("rounding").asString()).isEqualTo("HALF_UP");
        assertThat(state(estimate, "FR").get("proRata").decimalValue()).isEqualByComparingTo("875.17");
        assertThat(state(estimate, "FR").get("rounding").asString()).isEqualTo("TRUNCATE");
        List<String> explanations = new ArrayList<>();
        estimate.get("checks").forEach(c -> explanations.add(c.get("explanation").asString()));
        assertThat(explanations).anyMatch(e -> e.startsWith("DE rounds its amounts to the nearest cent, half a cent "
                + "going up; source: https://www.gesetze-im-internet.de/sgb_6/__121.html"));

        ResponseEntity<String> bad = post(body.replace("\"theoreticalAmount\": 1000.20}],",
                "\"theoreticalAmount\": 1000.20, \"rounding\": \"BANKERS\"}],"), "en", true);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("rules[1].rounding");
    }

    @Test
    void aBadRequestGetsOneProblemListingEveryFieldWithItsPath() {
        String body = """
                {"periods": [
                  {"state": "ZZ", "scheme": "x", "kind": "EMPLOYMENT", "start": "2000-01-01", "end": "2000-12-31"},
                  {"state": "FR", "scheme": "CNAV", "kind": "EMPLOYMENT", "start": "2010-01-01", "end": "2005-01-01"},
                  {"state": "FR", "scheme": "CNAV", "kind": "EMPLOYMENT", "start": "2000-01-01", "end": "2009-12-31"},
                  {"state": "FR", "scheme": "CNAV", "kind": "EMPLOYMENT", "start": "2005-01-01", "end": "2012-12-31"},
                  {"state": "DE", "scheme": "DRV", "kind": "EMPLOYMENT", "quantity": -3, "unit": "MONTHS"},
                  {"state": "FR", "scheme": "MSA", "kind": "FARMING", "start": "2001-13-45", "end": "2001-12-31"}],
                 "rules": [
                  {"state": "FR", "minimumMonths": 3, "monthlyAccrual": 4.123, "minimumPension": -10},
                  {"state": "DE", "minimumMonths": 60, "monthlyAccrual": 5}],
                 "residenceState": "XX"}""";
        ResponseEntity<String> response = post(body, "en", true);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(response.getBody());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString() + " " + e.get("message").asString()));
        assertThat(fields).contains(
                "periods[0].state \"ZZ\" is neither France nor a partner state or territory.",
                "periods[1].end The period ends before it starts.",
                "periods[4].quantity The quantity must be above zero.",
                "periods[5].start \"2001-13-45\" is not a date (YYYY-MM-DD).",
                "periods[5].kind \"FARMING\" is not a possible value.",
                "rules[0].monthlyAccrual An amount in euros has at most two decimals.",
                "rules[0].minimumPension The value cannot be negative.",
                "residenceState \"XX\" is neither France nor a partner state or territory.");
        assertThat(fields).anyMatch(f -> f.startsWith("periods[3] This period overlaps"));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(json.readTree(post(body, "fr", true).getBody()).get("errors").get(0).get("message").asString())
                .isEqualTo("« ZZ » n’est ni la France ni un État ou territoire partenaire.");
    }

    /** Amounts, months and quantities are JSON numbers: text there is a body the API cannot read, named by its path. */
    @Test
    void textWhereANumberIsExpectedIsAnUnreadableBodyNamingItsPath() {
        String body = """
                {"periods": [{"state": "FR", "scheme": "CNAV", "kind": "EMPLOYMENT", "start": "2000-01-01", "end": "2009-12-31"}],
                 "rules": [{"state": "FR", "minimumMonths": "three", "monthlyAccrual": 4.00}],
                 "residenceState": "FR"}""";
        ResponseEntity<String> response = post(body, "en", true);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode error = json.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("rules[0].minimumMonths");
        assertThat(error.get("code").asString()).isEqualTo("UNREADABLE");
    }

    @Test
    void monthsThatAreNotWholeAreNamedWithEveryOtherProblem() {
        String body = """
                {"periods": [{"state": "FR", "scheme": "CNAV", "kind": "EMPLOYMENT", "start": "2000-01-01", "end": "2009-12-31"}],
                 "rules": [{"state": "FR", "minimumMonths": 3.5, "monthlyAccrual": 4.00, "maximumMonths": 516}],
                 "residenceState": "XX"}""";
        JsonNode problem = json.readTree(post(body, "en", true).getBody());

        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString() + " " + e.get("code").asString()));
        assertThat(fields).containsExactlyInAnyOrder("rules[0].minimumMonths NOT_WHOLE", "residenceState UNKNOWN_STATE");
    }

    @Test
    void aStrangerMayNotEstimateThroughTheApi() {
        ResponseEntity<String> response = post("{}", "en", false);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void theOpenApiDocumentListsTheEstimateWithItsProblemResponse() {
        JsonNode docs = json.readTree(client.get().uri("/v3/api-docs").retrieve().body(String.class));
        JsonNode operation = docs.get("paths").get(ESTIMATE).get("post");
        assertThat(operation).isNotNull();
        assertThat(operation.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(docs.get("components").get("schemas").has("PensionInput")).isTrue();
    }

    @Test
    void anEstimateWhoseStatesAreAllKnownIsEstimatedAsAWhole() {
        // the same career, with both states' benefits declared outside Annex VIII (Reg. 883/2004 art. 52(4)–(5))
        String body = """
                {"periods": [
                  {"state": "ES", "scheme": "RETA", "kind": "SELF_EMPLOYMENT", "start": "1989-02-01", "end": "1999-03-31"},
                  {"state": "PT", "scheme": "general", "kind": "SELF_EMPLOYMENT", "quantity": 2100, "unit": "DAYS",
                   "workingWeek": "SEVEN_DAY"}],
                 "rules": [
                  {"state": "ES", "minimumMonths": 180, "theoreticalAmount": 600.00, "annexVIII": "NOT_LISTED"},
                  {"state": "PT", "minimumMonths": 180, "monthlyAccrual": 2.00, "annexVIII": "NOT_LISTED"}],
                 "residence": "ES", "date": "2006-01-01"}""";

        JsonNode estimate = json.readTree(post(body, "en", true).getBody());

        assertThat(estimate.get("status").asString()).isEqualTo("ESTIMATED");
        assertThat(estimate.get("total").decimalValue()).isEqualByComparingTo("521.25");
    }

    private ResponseEntity<String> post(String body, String language, boolean signedIn) {
        var request = client.post().uri(ESTIMATE).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).body(body);
        if (signedIn) {
            request = request.headers(h -> h.setBasicAuth(user, password));
        }
        return request.retrieve().toEntity(String.class);
    }

    private static JsonNode state(JsonNode estimate, String code) {
        for (JsonNode state : estimate.get("states")) {
            if (state.get("state").asString().equals(code)) {
                return state;
            }
        }
        throw new AssertionError("no state " + code);
    }
}

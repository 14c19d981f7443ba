package org.liaison.portal.web.simulators.pensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The public pension simulator over real HTTP: plain forms, example rules, errors next to fields, the answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PensionSimulatorPagesTests {

    static final String PAGE = "/simulators/pension-estimate";

    @LocalServerPort
    int port;

    RestClient client;
    String session;
    String token;

    @BeforeEach
    void openThePage() {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        ResponseEntity<String> page = client.get().uri(PAGE).retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        session = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID")).map(c -> c.split(";")[0]).findFirst().orElse("");
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(matcher.find()).isTrue();
        token = matcher.group(1);
    }

    @Test
    void thePageIsPublicInFrenchAndEnglishWithExampleRulesClearlyLabelled() {
        String french = client.get().uri(PAGE).retrieve().body(String.class);
        assertThat(french).contains("<h1>Estimer sa retraite après une carrière dans plusieurs pays</h1>",
                "Règle : France", ">Exemple<", "name=\"p1-state\"", "id=\"add\"", "lang=\"fr\"");
        String english = client.get().uri(PAGE + "?lang=en").retrieve().body(String.class);
        assertThat(english).contains("Estimate your pension after a career in several countries", "Rule: France",
                ">Example<", "lang=\"en\"");
    }

    @Test
    void addingAndRemovingPeriodsReRendersTheFormWithoutJavaScript() {
        MultiValueMap<String, String> form = career();
        form.set("action", "add");
        assertThat(post(form).getBody()).contains("id=\"p2-state\"", "Retirer la période 3");
        form.set("action", "remove-0");
        String body = post(form).getBody();
        assertThat(body).doesNotContain("id=\"p1-state\"").contains("Règle : Pays-Bas");
        assertThat(client.post().uri(PAGE).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(career())
                .retrieve().toEntity(String.class).getStatusCode().value()).as("no CSRF token").isEqualTo(403);
    }

    /**
     * Reg. 883/2004 Annex VIII, Part 1 lists "all applications for old-age pensions under the law on general old-age
     * insurance (AOW)" of the Netherlands (https://www.secu.lu/reglements-ce/reglement-ce-n-8832004/annexe-viii/):
     * no pro-rata there, the national pension is paid. France is not in Part 1 and makes both calculations; equal
     * amounts pay the "pension communautaire" (Cleiss, http://www.cleiss.fr/infos/pension-calcul-rgt.html). The
     * amounts come from the page's example rules: France €4 × 360 = €1,440 either way, the Netherlands €5 × 120.
     */
    @Test
    void aCareerInFranceAndTheNetherlandsGetsTheDutchNationalPensionAndTheFrenchProRata() {
        MultiValueMap<String, String> form = career();
        String first = post(form).getBody();
        assertThat(first).contains("id=\"rules-added\"", "Pays-Bas").doesNotContain("id=\"answer\"");

        form.addAll("ruleStates", List.of("NL"));
        rule(form, "NL", "60", "5.00", "540");
        // French and English group digits with (narrow) no-break spaces and commas
        String answer = post(form).getBody().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(answer).contains("id=\"answer\"", "Estimation : 2 040,00 € par mois au total",
                "Ceci est une estimation, pas une décision", "la pension au prorata (la plus élevée)",
                "la pension nationale", "annexe VIII, partie 1", "https://www.secu.lu/reglements-ce/",
                "info-retraite.fr", "Périodes totalisées : 480,00 mois",
                // issue #12 item 4: each state's amounts say how they were brought to the cent
                "id=\"rounding-FR\"", "Centimes : fraction abandonnée (troncature)",
                "Centimes : arrondi au plus proche, demi-centime vers le pair");
        form.set("lang", "en");
        assertThat(post(form).getBody()).contains("Estimate: €2,040.00 a month in total", "not a decision",
                "Annex VIII, Part 1");
    }

    @Test
    void mistakesComeBackInASummaryLinkedToEachField() {
        MultiValueMap<String, String> form = career();
        form.addAll("ruleStates", List.of("NL"));
        rule(form, "NL", "60", "5.123", "540");
        form.set("p0-end", "1980-01-01");
        form.set("p1-start", "soon");
        String body = post(form).getBody();
        assertThat(body).contains("id=\"error-summary\"", "href=\"#p0-end\"", "id=\"p0-end-error\"",
                "href=\"#p1-start\"", "href=\"#r-NL-monthlyAccrual\"", "Un montant en euros a au plus deux décimales.")
                .doesNotContain("id=\"answer\"");
    }

    /** The API reads numbers as JSON numbers; the page, whose fields are text, says which field is not a number. */
    @Test
    void aRuleThatIsNotANumberIsNamedNextToItsField() {
        MultiValueMap<String, String> form = career();
        form.addAll("ruleStates", List.of("NL"));
        rule(form, "NL", "60", "5.00", "540.5");
        rule(form, "FR", "trois", "4.00", "516");
        String body = post(form).getBody();
        assertThat(body).contains("id=\"error-summary\"", "href=\"#r-FR-minimumMonths\"", "id=\"r-FR-minimumMonths-error\"",
                "« trois » n’est pas un nombre.", "href=\"#r-NL-maximumMonths\"", "« 540.5 » n’est pas un nombre entier.",
                "value=\"trois\"").doesNotContain("id=\"answer\"");
    }

    private MultiValueMap<String, String> career() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("count", "2");
        row(form, 0, "FR", "1985-01-01", "2014-12-31");
        row(form, 1, "NL", "2015-01-01", "2024-12-31");
        form.add("ruleStates", "FR");
        rule(form, "FR", "3", "4.00", "516");
        form.add("residence", "FR");
        form.add("action", "estimate");
        return form;
    }

    private static void row(MultiValueMap<String, String> form, int i, String state, String start, String end) {
        form.add("p" + i + "-state", state);
        form.add("p" + i + "-kind", "EMPLOYMENT");
        form.add("p" + i + "-start", start);
        form.add("p" + i + "-end", end);
        form.add("p" + i + "-unit", "QUARTERS");
    }

    private static void rule(MultiValueMap<String, String> form, String state, String minimum, String accrual,
                             String maximum) {
        form.set("r-" + state + "-minimumMonths", minimum);
        form.set("r-" + state + "-monthlyAccrual", accrual);
        form.set("r-" + state + "-maximumMonths", maximum);
    }

    private ResponseEntity<String> post(MultiValueMap<String, String> form) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        body.set("_csrf", token);
        ResponseEntity<String> response = client.post().uri(PAGE).header(HttpHeaders.COOKIE, session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response;
    }
}

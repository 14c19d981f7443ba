package org.liaison.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.shared.data.CsvFile;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/** The public registry pages in French and English, without logging in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryPagesTests {

    @LocalServerPort
    int port;

    RestClient client;

    @BeforeEach
    void client() {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    ResponseEntity<String> get(String uri) {
        return client.get().uri(uri).retrieve().toEntity(String.class);
    }

    @Test
    void thePartnerListShowsEveryPartnerInFrenchAndEnglish() {
        ResponseEntity<String> fr = get("/partners");
        assertThat(fr.getStatusCode().value()).isEqualTo(200);
        assertThat(fr.getBody()).contains("<caption>", "Allemagne", "Québec", "Polynésie française", "72 partenaire(s) affiché(s) sur 72",
                "href=\"/partners/CA-QC\"", "<label class=\"fr-label\" for=\"branch\"");
        String en = get("/partners?lang=en").getBody();
        assertThat(en).contains("Germany", "French Polynesia", "72 partner(s) shown out of 72", "lang=\"en\"");
    }

    @Test
    void thePartnerListFiltersByInstrumentTypeAndBranch() {
        String body = get("/partners?instrumentType=coordination_decree").getBody();
        assertThat(body).contains("3 partenaire(s) affiché(s) sur 72", "Nouvelle-Calédonie").doesNotContain("Allemagne");
        assertThat(get("/partners?branch=unemployment").getBody()).contains("Allemagne").doesNotContain(">Japon<");
        ResponseEntity<String> bad = get("/partners?branch=flying");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("fr-alert--error", "branch");
    }

    @Test
    void aPartnerPageShowsTheCurrentFactsWithStatusSourceAndTheInstrumentsOverTime() {
        String germany = get("/partners/DE").getBody();
        assertThat(germany).contains("<h1>Allemagne</h1>", "Règlement (CE) n° 883/2004", "24 mois", "Vérifié", "À vérifier",
                "https://www.cleiss.fr/docs/stats/sources_stats2015/files/basic-html/page122.html",
                "Règlements n° 3 et n° 4", "1 janvier 1959", "25 septembre 1958");
        String japan = get("/partners/jp?lang=en").getBody();
        assertThat(japan).contains("<h1>Japan</h1>", "60 months", "No extension", "Invalidity", "Verified",
                "Exceptional derogation (art. 9) decided with the Japanese institution", "1 June 2007");
        assertThat(get("/partners/JP?lang=fr").getBody())
                .contains("Dérogation exceptionnelle (art. 9) décidée avec l&#39;institution japonaise")
                .doesNotContain("Exceptional derogation");
        assertThat(germany).contains("Part substantielle de l’activité", "25 %");
        assertThat(get("/partners/US?lang=en").getBody()).contains("Posting of third-country nationals",
                "Cleiss 2015 table, footnote (1); the agreement&#39;s article not noted on ssa.gov", "To check");
        String polynesia = get("/partners/PF").getBody();
        assertThat(polynesia).contains("Inconnu");
    }

    /**
     * The share of verified facts on the list page is counted here straight from facts.csv (not through the registry),
     * so that the page cannot show a figure the data does not hold; issue #12 asks for it on the registry page.
     */
    @Test
    void thePartnerListShowsTheShareOfVerifiedFactsComputedFromTheData() {
        List<CsvFile.Row> facts = CsvFile.fromClasspath("reference/agreements/facts.csv", ',');
        long verified = facts.stream().filter(r -> r.get("status").equals("verified")).count();
        long percent = 100 * verified / facts.size();
        assertThat(verified).isPositive();
        assertThat(get("/partners").getBody()).contains(
                percent + " % des faits datés du registre sont vérifiés (" + verified + " sur " + facts.size() + ")");
        assertThat(get("/partners?lang=en").getBody()).contains(
                percent + " % of the registry&#39;s dated facts are verified (" + verified + " out of " + facts.size() + ")");
    }

    @Test
    void anUnknownPartnerGivesAProper404Page() {
        ResponseEntity<String> response = get("/partners/ZZ");
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).contains("<h1>Partenaire introuvable</h1>", "fr-header");
        assertThat(get("/partners/ZZ?lang=en").getBody()).contains("Partner not found");
    }

    @Test
    void theTimelineGroupsTheKeyDatesByDecade() {
        String fr = get("/timeline").getBody();
        assertThat(fr).contains("Années 1950", "Années 2020", "1959", "Convention bilatérale : Algérie", "<ol");
        assertThat(fr.indexOf("Années 1950")).isLessThan(fr.indexOf("Années 1960"));
        assertThat(get("/timeline?lang=en").getBody()).contains("The 1950s", "Bilateral agreement: Algeria");
    }
}

package org.liaison.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SimulatorsIndexTests {

    private static final Pattern LINK = Pattern.compile("href=\"(/simulators/[a-z-]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theIndexLinksEverySimulatorAndEachAnswersTheAnonymousPublicInBothLanguages() {
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory()).build();
        String index = client.get().uri("/simulators").retrieve().body(String.class);
        Matcher matcher = LINK.matcher(index);
        List<String> links = matcher.results().map(m -> m.group(1)).distinct().toList();

        assertThat(links).containsExactlyInAnyOrder("/simulators/applicable-legislation", "/simulators/pension-estimate",
                "/simulators/benefit-export", "/simulators/family-benefits", "/simulators/healthcare-reimbursement",
                "/simulators/unemployment");
        for (String link : links) {
            for (String language : List.of("fr", "en")) {
                int status = client.get().uri(link + "?lang=" + language)
                        .exchange((request, response) -> response.getStatusCode().value());
                assertThat(status).as("%s in %s", link, language).isEqualTo(200);
            }
        }
    }
}

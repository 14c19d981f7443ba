package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationSmokeTests {

    @LocalServerPort
    int port;

    @Test
    void servesTheHomePageInFrenchAndEnglishAndReportsHealthUp() {
        RestClient client = client();
        assertThat(client.get().uri("/").retrieve().body(String.class)).contains("<html lang=\"fr\"", "Accueil");
        assertThat(client.get().uri("/?lang=en").retrieve().body(String.class)).contains("<html lang=\"en\"", "Home");
        assertThat(client.get().uri("/actuator/health").retrieve().body(String.class)).contains("\"UP\"");
    }

    @Test
    void pagesOpenInFrenchWhateverLanguageTheBrowserAsksFor() {
        // API clients may ask with Accept-Language (PensionApiTests); the public site opens in French, as a State site does
        assertThat(client().get().uri("/").header("Accept-Language", "en-GB,en;q=0.9").retrieve().body(String.class))
                .contains("<html lang=\"fr\"");
    }

    @Test
    void healthShowsNoDetailsAndMetricsNeedAnAccountWhenAnonymous() {
        RestClient client = client();
        assertThat(client.get().uri("/actuator/health").retrieve().body(String.class)).doesNotContain("\"db\"");
        HttpStatusCode metrics = client.get().uri("/actuator/metrics")
                .exchange((request, response) -> response.getStatusCode());
        assertThat(metrics.is2xxSuccessful()).as("/actuator/metrics answered %s", metrics).isFalse();
    }

    @Test
    void anUnknownApiPathIsAProblemNotAPage() {
        String body = client().get().uri("/api/v1/partners/ZZ/no/such/resource")
                .exchange((request, response) -> response.getStatusCode().value() + " "
                        + response.getHeaders().getContentType());
        assertThat(body).isEqualTo("404 application/problem+json;charset=UTF-8");
    }

    /** Redirects are not followed: a sign-in redirect must show as such. */
    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory()).build();
    }
}

package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationSmokeTests {

    @LocalServerPort
    int port;

    @Test
    void servesTheHomePageInFrenchAndEnglishAndReportsHealthUp() {
        RestClient client = RestClient.create("http://localhost:" + port);
        assertThat(client.get().uri("/").retrieve().body(String.class)).contains("Accueil");
        assertThat(client.get().uri("/?lang=en").retrieve().body(String.class)).contains("Home");
        assertThat(client.get().uri("/actuator/health").retrieve().body(String.class)).contains("\"UP\"");
    }
}

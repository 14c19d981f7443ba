package org.liaison.postings.web.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public verification API over HTTP, without signing in: JSON answers and RFC 9457 problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CertificateVerificationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    RestClient client;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void client() {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    ResponseEntity<String> verify(String number, String code) {
        return client.get().uri("/api/v1/certificates/verification?number={n}&code={c}", number, code)
                .retrieve().toEntity(String.class);
    }

    @Test
    void aValidCertificateAnswersItsStatusKindAndConsentedFields() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of(PublicField.HOLDER_NAME, PublicField.WORK_STATE)));

        ResponseEntity<String> response = verify(issued.number(), issued.verificationCode());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("found").asBoolean()).isTrue();
        assertThat(body.get("status").asString()).isEqualTo("VALID");
        assertThat(body.get("kind").asString()).isEqualTo("PD_A1");
        assertThat(body.get("shown").get("HOLDER_NAME").asString()).isEqualTo("É. Dupont-Lefèvre");
        assertThat(body.get("shown").get("WORK_STATE").asString()).isEqualTo("DE");
        assertThat(body.get("shown").has("EMPLOYER_NAME")).isFalse();
        assertThat(response.getBody()).doesNotContain("Élodie", "1985", "Ateliers");
    }

    @Test
    void aWrongCodeOrNumberIsTheSame404Problem() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
        String wrongCode = issued.verificationCode().startsWith("2") ? "33333-33333" : "22222-22222";

        ResponseEntity<String> badCode = verify(issued.number(), wrongCode);
        ResponseEntity<String> badNumber = verify("FR-A1-1999-000042", issued.verificationCode());

        assertThat(badCode.getStatusCode().value()).isEqualTo(404);
        assertThat(badCode.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(badCode.getBody()).isEqualTo(badNumber.getBody());
    }

    @Test
    void malformedInputIsA400ProblemNamingEachField() {
        ResponseEntity<String> response = verify("12345", "0000");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("number", "code");

        ResponseEntity<String> missing = client.get().uri("/api/v1/certificates/verification?number=FR-A1-2026-000001")
                .retrieve().toEntity(String.class);
        assertThat(json.readTree(missing.getBody()).get("errors").findValuesAsString("field")).containsExactly("code");
    }

    @Test
    void theApiIsInTheOpenApiDescription() {
        assertThat(client.get().uri("/v3/api-docs").retrieve().body(String.class))
                .contains("/api/v1/certificates/verification");
    }
}

package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every module's API says "bad input" the same way (issue #9 §3, DESIGN.md "API contract"): one bad request to one
 * endpoint of each, and each answer is the same problem body, {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} and {@code errors[]} of exactly {@code field}, {@code code} and {@code message},
 * in French by default and in English with {@code ?lang=en}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProblemBodyTests {

    static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** One bad request per module's API, with the problem's title in French and in English. */
    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("registry parameters", "GET", "/api/v1/partners", "branch=flying", null,
                        "Paramètre invalide", "Invalid parameter"),
                Arguments.of("applicable legislation", "POST", "/api/v1/coordination/applicable-legislation", null,
                        "{\"person\": {\"residenceState\": \"ZZ\"}}", "Données invalides", "Invalid input"),
                Arguments.of("pensions", "POST", "/api/v1/coordination/pensions/estimate", null,
                        "{\"periods\": []}", "Demande d’estimation incorrecte", "Incorrect estimate request"),
                Arguments.of("benefits", "POST", "/api/v1/coordination/benefit-export", null,
                        "{\"benefit\": \"LOTTERY\"}", "Données invalides", "Invalid input"),
                Arguments.of("care", "POST", "/api/v1/coordination/healthcare/reimbursement", null,
                        "{\"kind\": \"MAGIC\"}", "Données invalides", "Invalid input"),
                Arguments.of("care, a value Jackson cannot read", "POST", "/api/v1/coordination/healthcare/reimbursement",
                        null, "{\"quantity\": \"many\"}", "Données invalides", "Invalid input"),
                Arguments.of("posting requests", "POST", "/api/v1/posting-requests", null,
                        "{\"employerName\": \"\"}", "Données invalides", "Invalid input"),
                Arguments.of("SED validation", "POST", "/api/v1/exchange/seds/A001/validation", "version=latest", "{}",
                        "Paramètre invalide", "Invalid parameter"),
                Arguments.of("BUC checks", "POST", "/api/v1/exchange/bucs/LA_BUC_01/checks", null,
                        "{\"case\": {\"status\": \"DREAMING\"}}", "Requête invalide", "Invalid request"),
                Arguments.of("cases", "POST", "/api/v1/exchange/cases", null, "{\"bucType\": \"LA_BUC_04\"}",
                        "Envoi refusé", "Submission refused"),
                Arguments.of("routing rules", "POST", "/api/v1/exchange/routing-rules", null, "{\"priority\": -1}",
                        "Règle de routage invalide", "Invalid routing rule"),
                Arguments.of("institution search", "GET", "/api/v1/exchange/institutions", "country=ZZ&size=0", null,
                        "Paramètres non valides", "Invalid parameters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void everyModuleAnswersABadRequestWithTheSameProblemBody(String module, String method, String path, String query,
                                                             String body, String french, String english)
            throws Exception {
        MockHttpServletResponse inFrench = call(method, path, query, body, null);
        MockHttpServletResponse inEnglish = call(method, path, query, body, "en");

        JsonNode fr = problem(inFrench, path);
        JsonNode en = problem(inEnglish, path);
        assertThat(fr.get("title").asString()).isEqualTo(french);
        assertThat(en.get("title").asString()).isEqualTo(english);
        assertThat(en.get("type")).isEqualTo(fr.get("type"));
        assertThat(en.get("errors").findValuesAsString("field")).isEqualTo(fr.get("errors").findValuesAsString("field"));
        assertThat(en.get("errors").findValuesAsString("code")).isEqualTo(fr.get("errors").findValuesAsString("code"));
        assertThat(en.get("errors").findValuesAsString("message"))
                .as("the messages in English differ from the French ones")
                .isNotEqualTo(fr.get("errors").findValuesAsString("message"));
    }

    @Test
    void theOpenApiDocumentDescribesTheProblemBodyOnceAndEvery4xxResponseRefersToIt() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode schemas = document.get("components").get("schemas");

        assertThat(names(schemas.get("Problem").get("properties"))).containsExactly("type", "title", "status",
                "detail", "instance", "errors");
        assertThat(schemas.get("Problem").get("properties").get("errors").get("items").get("$ref").asString())
                .isEqualTo("#/components/schemas/FieldProblem");
        assertThat(names(schemas.get("FieldProblem").get("properties"))).containsExactly("field", "code", "message");
        assertThat(schemas.has("ProblemDetail")).as("Spring's ProblemDetail is not the house's body").isFalse();
        List<String> responses = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("responses").properties().stream()
                        .filter(response -> response.getKey().startsWith("4"))
                        .forEach(response -> {
                            responses.add(path.getKey() + " " + operation.getKey() + " " + response.getKey());
                            assertThat(response.getValue().get("content").get("application/problem+json")
                                    .get("schema").get("$ref").asString())
                                    .as("%s %s %s", operation.getKey(), path.getKey(), response.getKey())
                                    .isEqualTo("#/components/schemas/Problem");
                        })));
        assertThat(responses).contains("/api/v1/coordination/applicable-legislation post 400",
                "/api/v1/exchange/seds/{code}/validation post 400", "/api/v1/exchange/seds/{code} get 404",
                "/api/v1/certificates/verification get 429");
    }

    /** The body, checked for the shape every 400 of the API shares. */
    private JsonNode problem(MockHttpServletResponse response, String path) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(names(problem)).containsExactlyInAnyOrderElementsOf(MEMBERS);
        assertThat(problem.get("type").asString()).startsWith("urn:liaison:problem:");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        assertThat(problem.get("errors").isArray()).isTrue();
        assertThat(problem.get("errors").size()).isPositive();
        problem.get("errors").forEach(error -> {
            assertThat(names(error)).containsExactly("field", "code", "message");
            assertThat(error.get("field").isString()).isTrue();
            assertThat(error.get("field").asString()).doesNotStartWith("$");
            assertThat(error.get("code").asString()).matches("[A-Z][A-Z0-9_]*");
            assertThat(error.get("message").asString()).isNotBlank();
        });
        return problem;
    }

    private MockHttpServletResponse call(String method, String path, String query, String body, String language)
            throws Exception {
        List<String> parameters = new ArrayList<>();
        if (query != null) {
            parameters.add(query);
        }
        if (language != null) {
            parameters.add("lang=" + language);
        }
        String uri = parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
        MockHttpServletRequestBuilder request = "GET".equals(method) ? get(uri) : post(uri);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request.with(user("problem-body-tests").roles("ADMIN", "LIAISON_OFFICER")))
                .andReturn().getResponse();
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}

package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's problem body, documented once in the OpenAPI description (issue #9 §3, DESIGN.md "API contract"). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProblemBodyTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
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
                "/api/v1/exchange/seds/{code} get 404", "/api/v1/certificates/verification get 429");
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}

package org.liaison.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Worked examples of request bodies for a module's OpenAPI document: each is a case from a test, with the source it
 * was worked from, and the API accepts it as it is (the API contract test sends the first one of every operation;
 * the module's tests check the outcome the source gives). They are written under the operation's
 * {@code application/json} {@code examples}, which a client generator or Swagger UI offers as ready-made bodies.
 *
 * <pre>{@code
 * @Bean
 * OpenApiCustomizer examples() {
 *     return new RequestExamples()
 *             .post("/api/v1/things", "simple", "A simple thing", "rules.md §1 case 2", "{\"name\": \"x\"}")
 *             .customizer();
 * }
 * }</pre>
 */
public final class RequestExamples {

    /** Decimals stay as written (2000.00, not 2000.0): amounts in the examples read like amounts. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final Map<String, Map<String, Example>> byPath = new LinkedHashMap<>();

    /**
     * An example body of the POST operation at {@code path}.
     *
     * @param name    the example's key, e.g. {@code posting-to-germany}
     * @param summary what the case is, in a line
     * @param source  where the case and its outcome come from (a rule, a ruling, a guide), with its address
     * @param body    the JSON body
     */
    public RequestExamples post(String path, String name, String summary, String source, String body) {
        Example example = new Example().summary(summary).description(source)
                .value(JSON.readValue(body, LinkedHashMap.class));
        byPath.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(name, example);
        return this;
    }

    /** Writes the examples into the document; an operation the document does not have (another group) is skipped. */
    public OpenApiCustomizer customizer() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            byPath.forEach((path, examples) -> {
                PathItem item = openApi.getPaths().get(path);
                Operation post = item == null ? null : item.getPost();
                MediaType json = post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null
                        ? null : post.getRequestBody().getContent().get("application/json");
                if (json != null) {
                    json.setExamples(new LinkedHashMap<>(examples));
                }
            });
        };
    }
}

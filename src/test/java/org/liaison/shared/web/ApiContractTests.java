package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.LiaisonApplication;
import org.liaison.postings.internal.PostingRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API contract (DESIGN.md, "API contract"), read from the OpenAPI document as a client generator would:
 * every schema name stands for one type, every request body is documented exactly as the API reads it, closed sets
 * are enums, numbers are numbers, one legal-reference shape, an overall status on every calculator's answer; and
 * every operation accepts the example body built from its own documentation.
 */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTests {

    /** A closed set spelled out in prose: two or more codes in capitals separated by commas or "or". */
    private static final Pattern PROSE_ENUM = Pattern.compile("\\b[A-Z][A-Z0-9_]{3,}(?:, | or | and )[A-Z][A-Z0-9_]{3,}\\b");

    /** The name of an amount, a count or a duration. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)(amount|months|days|weeks|quantity|accrual|share|rate|percent|count|priority|total|minimum|maximum|invoice|refund)");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    JsonMapper json;

    @Autowired
    PostingRequests postings;

    MockMvc mvc;
    JsonNode document;

    @BeforeAll
    void readTheDocument() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    @Test
    void everySchemaNameStandsForOneType() {
        Map<String, Set<String>> types = new TreeMap<>();
        for (HandlerMethod handler : apiHandlers()) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collect(parameter.getGenericParameterType(), types, new HashSet<>());
                }
            }
            collect(handler.getMethod().getGenericReturnType(), types, new HashSet<>());
        }
        assertThat(types).as("types sharing a schema name (springdoc would document one of them for both)")
                .allSatisfy((name, classes) -> assertThat(classes).as(name).hasSize(1));
    }

    @Test
    void everyRequestBodyIsDocumentedExactlyAsItIsRead() {
        for (HandlerMethod handler : apiHandlers()) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
                    compare(parameter.getParameterType(), schemaNamed(schemaName(parameter.getParameterType())),
                            handler.getShortLogMessage(), new HashSet<>());
                }
            }
        }
    }

    @Test
    void closedSetsAreEnumsAndNeverProse() {
        List<String> prose = new ArrayList<>();
        document.get("components").get("schemas").properties().forEach(schema ->
                properties(schema.getValue()).forEach((name, property) -> {
                    String description = property.path("description").asString("");
                    if (!property.has("enum") && !property.path("items").has("enum") && PROSE_ENUM.matcher(description).find()) {
                        prose.add(schema.getKey() + "." + name + ": " + description);
                    }
                }));
        assertThat(prose).as("properties whose closed set of values is written in prose instead of an enum").isEmpty();
    }

    @Test
    void numbersAreJsonNumbers() {
        List<String> numbersAsText = new ArrayList<>();
        document.get("components").get("schemas").properties().forEach(schema ->
                properties(schema.getValue()).forEach((name, property) -> {
                    if ("string".equals(property.path("type").asString("")) && property.has("example")
                            && property.get("example").asString("").matches("-?\\d+(\\.\\d+)?")
                            && QUANTITY.matcher(name).find()) {
                        numbersAsText.add(schema.getKey() + "." + name);
                    }
                }));
        assertThat(numbersAsText).as("amounts, counts and months documented as text").isEmpty();
    }

    @Test
    void aLegalReferenceHasOneShapeEverywhere() {
        List<String> other = new ArrayList<>();
        document.get("components").get("schemas").properties().forEach(schema ->
                properties(schema.getValue()).forEach((name, property) -> {
                    if (name.equals("legalSource") || (name.equals("legalReference")
                            && !property.path("$ref").asString("").endsWith("/LegalReference"))) {
                        other.add(schema.getKey() + "." + name);
                    }
                }));
        assertThat(other).as("legal references not written as the LegalReference object").isEmpty();
        assertThat(properties(schemaNamed("LegalReference")).keySet()).containsExactly("citation", "source");
    }

    @Test
    void everyCalculatorAnswersWithAnOverallStatus() {
        document.get("paths").properties().stream()
                .filter(path -> path.getKey().startsWith("/api/v1/coordination/"))
                .forEach(path -> {
                    JsonNode answer = path.getValue().path("post").path("responses").path("200").path("content")
                            .path("application/json").path("schema");
                    assertThat(properties(resolve(answer))).as(path.getKey()).containsKey("status");
                    assertThat(properties(resolve(answer)).get("status").has("enum")).as(path.getKey()).isTrue();
                });
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAcceptsTheExampleBodyOfItsDocumentation() {
        List<DynamicTest> tests = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode body = operation.getValue().path("requestBody").path("content");
            if (body.isMissingNode()) {
                return;
            }
            String method = operation.getKey().toUpperCase();
            tests.add(DynamicTest.dynamicTest(method + " " + path.getKey(), () -> {
                String address = new OperationAddresses(mvc, json, postings, document, "").of(method, path.getKey(), operation.getValue());
                String mediaType = body.properties().iterator().next().getKey();
                JsonNode example = org.liaison.coordination.Situations.anotherPerson(exampleOf(body.get(mediaType)));
                MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), address)
                                .contentType(mediaType).accept(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(example))
                                .with(user("contract").roles("ADMIN", "LIAISON_OFFICER", "INSTITUTION_AGENT")))
                        .andReturn();
                assertThat(result.getResponse().getStatus()).as(method + " " + address + " with " + example + ": "
                        + result.getResponse().getContentAsString()).isBetween(200, 299);
            }));
        }));
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    // ---- the example a client generator would build from the document

    private JsonNode exampleOf(JsonNode mediaType) {
        if (mediaType.has("example")) {
            return mediaType.get("example");
        }
        if (mediaType.has("examples")) {
            return mediaType.get("examples").properties().iterator().next().getValue().get("value");
        }
        return example(mediaType.get("schema"), new HashSet<>());
    }

    private JsonNode example(JsonNode schema, Set<String> seen) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty() && !seen.add(ref)) {
            return nodes.nullNode();
        }
        JsonNode resolved = resolve(schema);
        try {
            if (resolved.has("example")) {
                return resolved.get("example");
            }
            if (resolved.has("enum")) {
                return resolved.get("enum").get(0);
            }
            if (resolved.has("allOf")) {
                return example(resolved.get("allOf").get(0), seen);
            }
            String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
            return switch (type) {
                case "object" -> {
                    ObjectNode object = nodes.objectNode();
                    properties(resolved).forEach((name, property) -> {
                        if (!property.path("readOnly").asBoolean(false)) {
                            object.set(name, example(property, seen));
                        }
                    });
                    yield object;
                }
                case "array" -> {
                    ArrayNode array = nodes.arrayNode();
                    array.add(example(resolved.get("items"), seen));
                    yield array;
                }
                case "integer", "number" -> nodes.numberNode(1);
                case "boolean" -> nodes.booleanNode(false);
                default -> switch (resolved.path("format").asString("")) {
                    case "date" -> nodes.stringNode("2026-03-01");
                    case "date-time" -> nodes.stringNode("2026-03-01T09:00:00Z");
                    default -> nodes.stringNode("text");
                };
            };
        } finally {
            seen.remove(ref);
        }
    }

    // ---- the document

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemaNamed(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private JsonNode schemaNamed(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name + " in the document").isFalse();
        return schema;
    }

    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        return properties;
    }

    // ---- the Java side

    private List<HandlerMethod> apiHandlers() {
        return handlers.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .map(Map.Entry::getValue).toList();
    }

    /** The types of a body as springdoc names them, through lists, maps and record components. */
    private static void collect(Type type, Map<String, Set<String>> names, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, names, seen);
            }
            collect(parameterized.getRawType(), names, seen);
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), names, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, names, seen);
            }
        } else if (type instanceof Class<?> cls && cls.getName().startsWith("org.liaison.") && !cls.isEnum()) {
            names.computeIfAbsent(schemaName(cls), n -> new TreeSet<>()).add(cls.getName());
            if (cls.isRecord()) {
                for (RecordComponent component : cls.getRecordComponents()) {
                    collect(component.getGenericType(), names, seen);
                }
            }
        }
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** The record's components are the schema's properties, nested records included. */
    private void compare(Class<?> record, JsonNode schema, String operation, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
        }
        assertThat(new TreeSet<>(properties(schema).keySet())).as(operation + ": the properties of " + record.getName())
                .isEqualTo(components);
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> nested = element(component.getGenericType());
            JsonNode property = properties(schema).get(component.getName());
            JsonNode target = property.has("items") ? property.get("items") : property;
            if (nested != null && nested.isRecord() && nested.getName().startsWith("org.liaison.") && target.has("$ref")) {
                compare(nested, resolve(target), operation, seen);
            }
        }
    }

    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            return element(arguments[arguments.length - 1]);
        }
        return type instanceof Class<?> cls ? cls : null;
    }
}

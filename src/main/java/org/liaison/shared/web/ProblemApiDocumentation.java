package org.liaison.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the one problem body of the API once, as the schemas {@code Problem} and {@code FieldProblem}, and makes
 * every 4xx response of every operation refer to it ({@code application/problem+json}): a controller states when an
 * operation answers 400 or 404 and why, never the shape of the body (ADR 0008).
 */
@Configuration(proxyBeanMethods = false)
class ProblemApiDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer problemBodies() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas("FieldProblem", fieldProblem());
            openApi.getComponents().addSchemas("Problem", problem());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("4")) {
                            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
                        }
                    });
                }
            }));
        };
    }

    private static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", typed("string", "What kind of problem, a URN such as urn:liaison:problem:invalid-input "
                + "(about:blank for a plain HTTP status)").example("urn:liaison:problem:invalid-input"));
        properties.put("title", typed("string", "A short summary of that kind of problem, in the request's language"));
        properties.put("status", typed("integer", "The HTTP status").example(400));
        properties.put("detail", typed("string", "This occurrence explained, in the request's language"));
        properties.put("instance", typed("string", "The path of the request").example("/api/v1/coordination/applicable-legislation"));
        properties.put("errors", typed("array", "On a 400 only: every problem of the request, each with its field")
                .items(new Schema<>().$ref("#/components/schemas/FieldProblem")));
        return typed("object", "An RFC 9457 problem body, the same for every error of the API. A 400 always lists its "
                + "problems in errors; some problems add members of their own (e.g. the versions of an SED that exist).")
                .properties(properties).required(List.of("type", "title", "status", "detail", "instance"))
                .additionalProperties(true);
    }

    private static Schema<?> fieldProblem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", typed("string", "The JSON path of the faulty field (e.g. activities[1].period.end) or "
                + "the name of the faulty parameter; empty for the request as a whole").example("activities[0].period.end"));
        properties.put("code", typed("string", "A stable code in capitals a client can act on").example("REQUIRED"));
        properties.put("message", typed("string", "What is wrong, in the request's language (Accept-Language or "
                + "?lang=; French by default)"));
        return typed("object", "One problem of a request").properties(properties)
                .required(List.of("field", "code", "message"));
    }

    /** A schema of that type, written for OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) alike. */
    private static Schema<Object> typed(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema.description(description);
    }
}

package org.liaison.exchange.internal.catalogue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liaison.exchange.seds.SedViolation;
import tools.jackson.databind.JsonNode;

/**
 * JSON Schema (draft 2020-12) validation with networknt's validator. Schema ids live under {@link #BASE} and are read
 * from the class path, so {@code $ref}s between a SED schema and its envelope resolve offline. Format keywords
 * (dates) are assertions here, not annotations, and every error is collected (no fail-fast).
 */
final class SchemaValidator {

    static final String BASE = "https://liaison.example.org/exchange/schemas/";

    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final ViolationMessages messages;

    SchemaValidator(ViolationMessages messages) {
        this.messages = messages;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_PATH).formatAssertionsEnabled(true).failFast(false).build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config)
                .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:exchange/schemas/")));
    }

    /** Compiles every schema up front, so that a broken schema file stops the start-up rather than a request. */
    void compile(String version, String code) {
        schema(version, code);
    }

    List<SedViolation> validate(String version, String code, JsonNode document) {
        List<SedViolation> found = new ArrayList<>();
        for (Error error : schema(version, code).validate(document)) {
            found.add(violation(error));
        }
        return found;
    }

    private Schema schema(String version, String code) {
        return compiled.computeIfAbsent(version + "/" + code, key -> {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + key + ".schema.json"));
            schema.initializeValidators();
            return schema;
        });
    }

    private SedViolation violation(Error error) {
        String path = error.getInstanceLocation().toString();
        String keyword = error.getKeyword();
        String property = error.getProperty();
        boolean namesChild = "required".equals(keyword) || "unevaluatedProperties".equals(keyword)
                || "additionalProperties".equals(keyword) || "dependentRequired".equals(keyword);
        if (namesChild && property != null && !path.endsWith("." + property)) {
            path = path + "." + property;
        }
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        return messages.schemaViolation(path, keyword, error.getMessage(), args);
    }
}

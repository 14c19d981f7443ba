package org.liaison.exchange.internal.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.liaison.exchange.seds.SedForm;
import tools.jackson.databind.JsonNode;

/**
 * Builds the {@link SedForm} of a schema: objects become groups, arrays of objects repeatable groups, scalars fields
 * typed by their schema (enum → choice, const → constant, format date → date, the envelope's country and institution
 * id definitions → country and institution fields).
 */
final class SchemaForms {

    private static final int MAX_DEPTH = 8;

    private final Function<String, JsonNode> envelope;

    SchemaForms(Function<String, JsonNode> envelope) {
        this.envelope = envelope;
    }

    SedForm form(String code, String version, JsonNode schema) {
        return new SedForm(code, version, elements(version, schema, "$", 0));
    }

    private List<SedForm.Element> elements(String version, JsonNode schema, String path, int depth) {
        List<SedForm.Element> elements = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return elements;
        }
        JsonNode node = resolve(version, schema);
        Set<String> required = new HashSet<>();
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        List<JsonNode> parts = parts(version, node);
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).path("required").forEach(r -> required.add(r.asString()));
            parts.get(i).path("properties").forEachEntry((name, property) -> {
                if (!property.isBoolean()) {
                    properties.put(name, property);
                }
            });
        }
        properties.forEach((name, property) -> elements.add(element(version, name, path + "." + name, property,
                required.contains(name), depth)));
        return elements;
    }

    private SedForm.Element element(String version, String name, String path, JsonNode declared, boolean required, int depth) {
        JsonNode node = resolve(version, declared);
        if ("array".equals(node.path("type").asString(""))) {
            JsonNode items = resolve(version, node.path("items"));
            int minItems = node.path("minItems").asInt(0);
            if (isObject(items)) {
                return new SedForm.Group(name, path + "[*]", required, true, minItems,
                        elements(version, items, path + "[*]", depth + 1));
            }
            return field(name, path, node.path("items"), items, required, true);
        }
        if (isObject(node)) {
            return new SedForm.Group(name, path, required, false, 0, elements(version, node, path, depth + 1));
        }
        return field(name, path, declared, node, required, false);
    }

    private static SedForm.Field field(String name, String path, JsonNode declared, JsonNode node, boolean required,
                                       boolean repeatable) {
        List<String> options = new ArrayList<>();
        node.path("enum").forEach(v -> options.add(v.asString()));
        SedForm.FieldType type;
        String ref = declared.path("$ref").asString("");
        if (node.has("const")) {
            options.add(node.get("const").asString());
            type = SedForm.FieldType.CONSTANT;
        } else if (!options.isEmpty()) {
            type = SedForm.FieldType.CHOICE;
        } else if (ref.endsWith("/country")) {
            type = SedForm.FieldType.COUNTRY;
        } else if (ref.endsWith("/institutionId")) {
            type = SedForm.FieldType.INSTITUTION;
        } else {
            type = switch (node.path("type").asString("string")) {
                case "number" -> SedForm.FieldType.NUMBER;
                case "integer" -> SedForm.FieldType.INTEGER;
                case "boolean" -> SedForm.FieldType.BOOLEAN;
                default -> "date".equals(node.path("format").asString("")) ? SedForm.FieldType.DATE : SedForm.FieldType.TEXT;
            };
        }
        return new SedForm.Field(name, path, type, required, repeatable, options, node.path("pattern").asString(""),
                node.path("maxLength").asInt(0));
    }

    private boolean isObject(JsonNode node) {
        return "object".equals(node.path("type").asString("")) || node.has("properties") || node.has("allOf");
    }

    private List<JsonNode> parts(String version, JsonNode node) {
        List<JsonNode> parts = new ArrayList<>();
        parts.add(node);
        for (JsonNode sub : node.path("allOf")) {
            parts.addAll(parts(version, resolve(version, sub)));
        }
        return parts;
    }

    private JsonNode resolve(String version, JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode root = envelope.apply(version);
        int hash = ref.indexOf('#');
        return hash < 0 ? root : root.at(ref.substring(hash + 1));
    }
}

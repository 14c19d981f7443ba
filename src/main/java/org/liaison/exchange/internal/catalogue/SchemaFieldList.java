package org.liaison.exchange.internal.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.liaison.exchange.seds.SedField;
import tools.jackson.databind.JsonNode;

/**
 * Flattens a SED schema into its fields: follows {@code $ref}s (to the envelope's {@code $defs} and the envelope
 * itself) and {@code allOf}, lists each property with its type, whether it is required, allowed values and
 * constraints, arrays as {@code [*]}.
 */
final class SchemaFieldList {

    private static final int MAX_DEPTH = 8;

    private final Function<String, JsonNode> envelope;

    /** @param envelope the envelope schema of a version, by version */
    SchemaFieldList(Function<String, JsonNode> envelope) {
        this.envelope = envelope;
    }

    List<SedField> fields(String version, JsonNode schema) {
        List<SedField> fields = new ArrayList<>();
        add(version, schema, "$", 0, fields, new HashSet<>());
        return fields;
    }

    private void add(String version, JsonNode schema, String path, int depth, List<SedField> fields, Set<String> seen) {
        if (depth > MAX_DEPTH) {
            return;
        }
        JsonNode node = resolve(version, schema);
        Set<String> required = new HashSet<>();
        collectRequired(version, node, required);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        List<JsonNode> parts = parts(version, node);
        for (int i = parts.size() - 1; i >= 0; i--) {
            // the envelope's fields first, in its order; a SED that narrows one (sed: const) keeps its place
            parts.get(i).path("properties").forEachEntry((name, property) -> {
                if (!property.isBoolean()) { // "true" only lets an envelope field through a SED's closed object
                    properties.put(name, property);
                }
            });
        }
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            String childPath = path + "." + property.getKey();
            if (!seen.add(childPath)) {
                continue;
            }
            JsonNode child = resolve(version, property.getValue());
            fields.add(field(childPath, child, required.contains(property.getKey()), depth));
            if (child.path("type").asString("").equals("array")) {
                JsonNode items = resolve(version, child.path("items"));
                if (items.has("properties") || items.has("allOf")) {
                    add(version, items, childPath + "[*]", depth + 1, fields, seen);
                }
            } else if (child.has("properties") || child.has("allOf")) {
                add(version, child, childPath, depth + 1, fields, seen);
            }
        }
    }

    private List<JsonNode> parts(String version, JsonNode node) {
        List<JsonNode> parts = new ArrayList<>();
        parts.add(node);
        for (JsonNode sub : node.path("allOf")) {
            parts.addAll(parts(version, resolve(version, sub)));
        }
        return parts;
    }

    private void collectRequired(String version, JsonNode node, Set<String> required) {
        node.path("required").forEach(r -> required.add(r.asString()));
        for (JsonNode sub : node.path("allOf")) {
            collectRequired(version, resolve(version, sub), required);
        }
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

    private static SedField field(String path, JsonNode node, boolean required, int depth) {
        List<String> allowed = new ArrayList<>();
        node.path("enum").forEach(v -> allowed.add(v.asString()));
        if (node.has("const")) {
            allowed.add(node.get("const").asString());
        }
        String type = node.path("type").asString(node.has("const") ? "const" : "");
        if (type.isEmpty() && node.has("allOf")) {
            type = "object";
        }
        List<String> constraints = new ArrayList<>();
        if (node.has("format")) {
            constraints.add("format " + node.get("format").asString());
        }
        if (node.has("pattern")) {
            constraints.add("pattern " + node.get("pattern").asString());
        }
        if (node.has("maxLength")) {
            constraints.add("maxLength " + node.get("maxLength").asInt());
        }
        if (node.has("minItems") && node.get("minItems").asInt() > 0) {
            constraints.add("minItems " + node.get("minItems").asInt());
        }
        return new SedField(path, type, required, allowed, String.join(", ", constraints), depth);
    }
}

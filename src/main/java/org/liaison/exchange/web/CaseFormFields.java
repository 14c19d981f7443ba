package org.liaison.exchange.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.SedField;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of an SED generated from its schema's fields: one input per leaf field (the first item of a list), the
 * envelope (SED, version, case, sender, recipients) filled by the hub; and the JSON built back from what was typed.
 */
final class CaseFormFields {

    /** Envelope fields the hub fills itself. */
    private static final Set<String> ENVELOPE = Set.of("$.sed", "$.version", "$.caseIds", "$.sender", "$.recipients");

    /** One input of the form: the field's JSON path (also its name), a DOM id, the input kind and the value typed. */
    record Input(String path, String id, String kind, boolean required, List<String> options, String format,
                 int depth, String value) {
    }

    private CaseFormFields() {
    }

    static List<Input> inputs(List<SedField> fields, Map<String, String> values) {
        List<Input> inputs = new ArrayList<>();
        for (SedField f : fields) {
            if (isEnvelope(f.path()) || f.type().equals("object") || f.type().equals("array") && !f.path().endsWith("[*]")) {
                continue;
            }
            String kind = !f.allowedValues().isEmpty() ? "select" : f.type().equals("boolean") ? "boolean"
                    : f.format().contains("date") && !f.format().contains("time") ? "date"
                    : f.type().equals("integer") || f.type().equals("number") ? "number" : "text";
            inputs.add(new Input(f.path(), id(f.path()), kind, f.required(), f.allowedValues(), f.format(), f.depth(),
                    values.getOrDefault(f.path(), "")));
        }
        return inputs;
    }

    /** The DOM id of a field, so that the error summary can link to it. */
    static String id(String path) {
        return "f" + path.substring(1).replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** The SED's JSON: the envelope, then every non-blank value typed, at its path. */
    static String json(JsonMapper json, List<SedField> fields, Map<String, String> values, Envelope envelope) {
        ObjectNode root = json.createObjectNode();
        root.put("sed", envelope.sed());
        root.put("version", envelope.version());
        root.putArray("caseIds").addObject().put("caseNumber", envelope.caseId()).put("institution", envelope.owner());
        root.putObject("sender").put("id", envelope.sender());
        ArrayNode recipients = root.putArray("recipients");
        envelope.recipients().forEach(r -> recipients.addObject().put("id", r));
        Map<String, String> types = new LinkedHashMap<>();
        fields.forEach(f -> types.put(f.path(), f.type()));
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String type = types.get(entry.getKey());
            if (type == null || entry.getValue() == null || entry.getValue().isBlank() || isEnvelope(entry.getKey())) {
                continue;
            }
            put(root, entry.getKey().substring(2), type, entry.getValue().strip());
        }
        return root.toString();
    }

    /** Who sends the SED in which case, to whom. */
    record Envelope(String sed, String version, String caseId, String owner, String sender, List<String> recipients) {
    }

    private static void put(ObjectNode root, String path, String type, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length; i++) {
            boolean list = parts[i].endsWith("[*]");
            String name = list ? parts[i].substring(0, parts[i].length() - 3) : parts[i];
            boolean last = i == parts.length - 1;
            if (last) {
                if (list) {
                    ArrayNode array = node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
                    array.add(value);
                } else {
                    set(node, name, type, value);
                }
            } else if (list) {
                ArrayNode array = node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
                node = array.isEmpty() ? array.addObject() : (ObjectNode) array.get(0);
            } else {
                node = node.has(name) ? (ObjectNode) node.get(name) : node.putObject(name);
            }
        }
    }

    private static void set(ObjectNode node, String name, String type, String value) {
        try {
            switch (type) {
                case "integer" -> node.put(name, Long.parseLong(value));
                case "number" -> node.put(name, new java.math.BigDecimal(value));
                case "boolean" -> node.put(name, Boolean.parseBoolean(value));
                default -> node.put(name, value);
            }
        } catch (NumberFormatException e) {
            // kept as typed: the schema names the problem at this path
            node.put(name, value);
        }
    }

    private static boolean isEnvelope(String path) {
        return ENVELOPE.stream().anyMatch(e -> path.equals(e) || path.startsWith(e + ".") || path.startsWith(e + "["));
    }

    /** The field path of a problem's path inside the content ({@code $.content.person.x} → {@code $.person.x}). */
    static @Nullable String fieldOf(String problemPath) {
        return problemPath.startsWith("$.content.") ? "$." + problemPath.substring("$.content.".length())
                .replaceAll("\\[\\d+]", "[*]") : null;
    }
}

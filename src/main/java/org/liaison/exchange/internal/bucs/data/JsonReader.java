package org.liaison.exchange.internal.bucs.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads typed values out of a JSON tree and notes every problem with its JSON path instead of stopping at the first. */
final class JsonReader {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    /** Notes the members of an object that the format does not know (a typo must not pass silently). */
    void onlyKnown(JsonNode object, String path, Set<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                problem(path + "." + name, "unknown member (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "an object is expected");
            return false;
        }
        return true;
    }

    String string(JsonNode parent, String name, String path, Pattern pattern) {
        JsonNode node = parent.get(name);
        String at = path + "." + name;
        if (node == null || node.isNull()) {
            problem(at, "is missing");
            return "";
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            problem(at, "a non-empty string is expected");
            return "";
        }
        if (pattern != null && !pattern.matcher(node.stringValue()).matches()) {
            problem(at, "\"" + node.stringValue() + "\" does not match " + pattern.pattern());
        }
        return node.stringValue();
    }

    String optionalString(JsonNode parent, String name, String path, Pattern pattern) {
        JsonNode node = parent.get(name);
        return node == null ? null : string(parent, name, path, pattern);
    }

    List<String> strings(JsonNode parent, String name, String path, Pattern pattern, boolean required) {
        JsonNode node = parent.get(name);
        String at = path + "." + name;
        if (node == null) {
            if (required) {
                problem(at, "is missing");
            }
            return List.of();
        }
        if (!node.isArray() || required && node.isEmpty()) {
            problem(at, required ? "a non-empty array of strings is expected" : "an array of strings is expected");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isString() || !pattern.matcher(item.stringValue()).matches()) {
                problem(at + "[" + i + "]", (item.isString() ? "\"" + item.stringValue() + "\"" : item.toString())
                        + " does not match " + pattern.pattern());
            } else if (values.contains(item.stringValue())) {
                problem(at + "[" + i + "]", "\"" + item.stringValue() + "\" is listed twice");
            } else {
                values.add(item.stringValue());
            }
        }
        return values;
    }

    Integer positiveInt(JsonNode parent, String name, String path, Integer fallback) {
        JsonNode node = parent.get(name);
        if (node == null) {
            if (fallback == null) {
                problem(path + "." + name, "is missing");
                return 1;
            }
            return fallback;
        }
        if (!node.isInt() || node.intValue() < 0 || node.intValue() > 20_000) {
            problem(path + "." + name, "a whole number of days between 0 and 20000 is expected");
            return fallback == null ? 1 : fallback;
        }
        return node.intValue();
    }

    boolean bool(JsonNode parent, String name, String path, boolean fallback) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problem(path + "." + name, "true or false is expected");
            return fallback;
        }
        return node.booleanValue();
    }
}

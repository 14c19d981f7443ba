package org.liaison.exchange.internal.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.SedViolation;
import tools.jackson.databind.JsonNode;

/**
 * Liaison's checks beyond what a JSON Schema can say: the French NIR and its key on every identifier whose state is
 * FR (wherever it sits: the person, children...), and every period whose end is before its start.
 */
final class DocumentChecks {

    private final ViolationMessages messages;

    DocumentChecks(ViolationMessages messages) {
        this.messages = messages;
    }

    List<SedViolation> check(JsonNode document) {
        List<SedViolation> found = new ArrayList<>();
        walk(document, "$", found);
        return found;
    }

    private void walk(JsonNode node, String path, List<SedViolation> found) {
        if (node.isObject()) {
            identifier(node, path, found);
            period(node, path, found);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                walk(entry.getValue(), path + "." + entry.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private void identifier(JsonNode node, String path, List<SedViolation> found) {
        JsonNode id = node.get("id");
        JsonNode country = node.get("country");
        if (id == null || !id.isString() || country == null || !"FR".equals(country.asString())) {
            return;
        }
        FrenchNir.check(id.asString()).ifPresent(problem -> found.add(switch (problem) {
            case FORMAT -> messages.violation(path + ".id", "nir-format");
            case KEY -> messages.violation(path + ".id", "nir-key");
        }));
    }

    private void period(JsonNode node, String path, List<SedViolation> found) {
        LocalDate start = date(node.get("start"));
        LocalDate end = date(node.get("end"));
        if (start != null && end != null && end.isBefore(start)) {
            found.add(messages.violation(path + ".end", "period-order", start, end));
        }
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            return null; // the schema's format check reports it
        }
    }
}

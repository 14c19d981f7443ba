package org.liaison.exchange.internal.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.seds.SedViolation;
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
        personNir(document.path("person"), found);
        return found;
    }

    /**
     * A well-formed French number of the person must agree with the person: its first digit with the sex (1 man,
     * 2 woman), its next four with the year and month of birth (décret n° 82-103 art. 4). Temporary numbers and
     * months outside 01–12 (incomplete birth records) are not compared.
     */
    private void personNir(JsonNode person, List<SedViolation> found) {
        JsonNode identifiers = person.path("identifiers");
        LocalDate birth = date(person.get("birthDate"));
        String sex = text(person.path("sex"));
        for (int i = 0; i < identifiers.size(); i++) {
            JsonNode identifier = identifiers.get(i);
            String id = text(identifier.path("id")).replace(" ", "");
            if (!"FR".equals(text(identifier.path("country"))) || FrenchNir.check(id).isPresent()
                    || FrenchNir.temporary(id)) {
                continue;
            }
            boolean sexDiffers = ("M".equals(sex) && id.charAt(0) != '1') || ("F".equals(sex) && id.charAt(0) != '2');
            int month = Integer.parseInt(id.substring(3, 5));
            boolean birthDiffers = birth != null && (Integer.parseInt(id.substring(1, 3)) != birth.getYear() % 100
                    || (month <= 12 && month != birth.getMonthValue()));
            if (sexDiffers || birthDiffers) {
                found.add(messages.violation("$.person.identifiers[" + i + "].id", "nir-person"));
            }
        }
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
        if (id == null || !id.isString() || country == null || !"FR".equals(text(country))) {
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

    /** The node's text; empty for anything else (a document may have an array or an object where a text belongs). */
    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
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

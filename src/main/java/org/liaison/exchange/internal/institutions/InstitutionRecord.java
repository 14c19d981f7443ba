package org.liaison.exchange.internal.institutions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionBuc;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionRole;
import tools.jackson.databind.JsonNode;

/**
 * Checks one record of an IR file and turns it into an {@link Institution}, reporting every problem with the JSON
 * path of the offending value. Unknown fields are problems too: a misspelt {@code validto} must not silently
 * leave an institution open-ended.
 */
final class InstitutionRecord {

    static final Set<String> FIELDS = Set.of("id", "country", "name", "acronym", "environment", "accessPoint",
            "validFrom", "validTo", "bucs", "action");
    private static final Pattern ACCESS_POINT = Pattern.compile("[A-Za-z0-9:._-]{1,100}");

    record Problem(String path, String code) {
    }

    record Parsed(@Nullable Institution institution, boolean remove, List<Problem> problems) {
    }

    private final JsonNode node;
    private final String path;
    private final List<Problem> problems = new ArrayList<>();

    private InstitutionRecord(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static Parsed parse(JsonNode node, String path) {
        return new InstitutionRecord(node, path).parse();
    }

    private Parsed parse() {
        node.propertyNames().stream().filter(name -> !FIELDS.contains(name)).sorted()
                .forEach(name -> problem(name, "field.unknown"));
        InstitutionId id = id();
        boolean remove = false;
        if (node.has("action")) {
            remove = "remove".equals(text("action", 10));
            if (!remove) {
                problem("action", "action");
            }
        }
        if (remove) {
            return problems.isEmpty() && id != null
                    ? new Parsed(placeholder(id), true, List.of()) : new Parsed(null, true, problems);
        }
        String country = optionalText("country", 2);
        if (country != null && id != null && !country.equals(id.country())) {
            problem("country", "country.mismatch");
        }
        String name = requiredText("name", 300);
        String acronym = optionalText("acronym", 50);
        ExchangeEnvironment environment = environment();
        String accessPoint = requiredText("accessPoint", 100);
        if (accessPoint != null && !ACCESS_POINT.matcher(accessPoint).matches()) {
            problem("accessPoint", "access-point");
            accessPoint = null;
        }
        LocalDate from = date("validFrom", true);
        LocalDate to = date("validTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            problem("validTo", "date.before-start");
        }
        List<InstitutionBuc> bucs = bucs();
        if (!problems.isEmpty() || id == null || name == null || environment == null || accessPoint == null
                || from == null) {
            return new Parsed(null, false, problems);
        }
        return new Parsed(new Institution(id, name, acronym, environment, accessPoint, from, to, null, bucs), false, List.of());
    }

    private static Institution placeholder(InstitutionId id) {
        return new Institution(id, "", null, ExchangeEnvironment.PRODUCTION, "", LocalDate.EPOCH, null, null, List.of());
    }

    private @Nullable InstitutionId id() {
        String text = requiredText("id", 24);
        if (text == null) {
            return null;
        }
        var problem = InstitutionId.problemWith(text);
        if (problem.isPresent()) {
            problem("id", "id." + problem.get());
            return null;
        }
        return InstitutionId.parse(text);
    }

    private @Nullable ExchangeEnvironment environment() {
        String text = requiredText("environment", 10);
        if (text == null) {
            return null;
        }
        try {
            return ExchangeEnvironment.valueOf(text);
        } catch (IllegalArgumentException e) {
            problem("environment", "environment");
            return null;
        }
    }

    private List<InstitutionBuc> bucs() {
        JsonNode bucs = node.get("bucs");
        if (bucs == null || !bucs.isArray()) {
            problem("bucs", bucs == null ? "field.required" : "field.type");
            return List.of();
        }
        Set<String> seen = new TreeSet<>();
        List<InstitutionBuc> result = new ArrayList<>();
        for (int i = 0; i < bucs.size(); i++) {
            String at = "bucs[" + i + "]";
            JsonNode entry = bucs.get(i);
            JsonNode buc = entry.get("buc");
            JsonNode roles = entry.get("roles");
            if (!entry.isObject() || buc == null || !buc.isString() || roles == null || !roles.isArray() || roles.isEmpty()) {
                problem(at, "buc.entry");
                continue;
            }
            String type = buc.stringValue();
            if (!InstitutionBuc.isBucType(type)) {
                problem(at + ".buc", "buc.type");
                continue;
            }
            if (!seen.add(type)) {
                problem(at + ".buc", "buc.duplicate");
            }
            for (int r = 0; r < roles.size(); r++) {
                try {
                    result.add(new InstitutionBuc(type, InstitutionRole.valueOf(roles.get(r).asString())));
                } catch (IllegalArgumentException e) {
                    problem(at + ".roles[" + r + "]", "buc.role");
                }
            }
        }
        return result.stream().distinct().sorted(java.util.Comparator.comparing(InstitutionBuc::bucType)
                .thenComparing(InstitutionBuc::role)).toList();
    }

    private @Nullable LocalDate date(String field, boolean required) {
        String text = required ? requiredText(field, 10) : optionalText(field, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "date");
            return null;
        }
    }

    private @Nullable String requiredText(String field, int max) {
        if (!node.has(field) || node.get(field).isNull()) {
            problem(field, "field.required");
            return null;
        }
        return text(field, max);
    }

    private @Nullable String optionalText(String field, int max) {
        return !node.has(field) || node.get(field).isNull() ? null : text(field, max);
    }

    private @Nullable String text(String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            problem(field, "field.type");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty()) {
            problem(field, "field.required");
            return null;
        }
        if (text.length() > max) {
            problem(field, "field.too-long");
            return null;
        }
        return text;
    }

    private void problem(String field, String code) {
        problems.add(new Problem(path + "." + field, code));
    }
}

package org.liaison.exchange.web.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.exchange.seds.SedForm;

/**
 * What an agent typed in the form of an SED generated from its schema: the values by input name (a JSON path with
 * indices, {@code $.pension.periods[1].start}) and how many entries each list shows ({@code $.pension.periods} → 2).
 * The entry counts travel in hidden inputs named {@value #COUNT} + the list's path, so that adding or removing an
 * entry is a plain form submission re-rendered by the server, without JavaScript.
 */
final class ComposeForm {

    /** Prefix of the hidden inputs carrying a list's number of entries. */
    static final String COUNT = "entries:";

    /** Envelope parts the hub fills itself, never shown in the form. */
    static final Set<String> ENVELOPE = Set.of("sed", "version", "caseIds", "sender", "recipients");

    /** More entries than an agent ever needs, so that a tampered count cannot make the page huge. */
    static final int MAX_ENTRIES = 50;

    private static final Pattern INDEX = Pattern.compile("^\\[(\\d+)](.*)$", Pattern.DOTALL);

    private final SedForm form;
    private final Map<String, String> values;
    private final Map<String, Integer> counts;

    private ComposeForm(SedForm form, Map<String, String> values, Map<String, Integer> counts) {
        this.form = form;
        this.values = values;
        this.counts = counts;
    }

    /** The form as submitted: inputs named by a JSON path, hidden entry counts; anything else is ignored. */
    static ComposeForm of(SedForm form, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("$.") && value != null) {
                values.put(name, value);
            } else if (name.startsWith(COUNT + "$.") && value != null && value.strip().matches("\\d{1,3}")) {
                counts.put(name.substring(COUNT.length()), Math.min(MAX_ENTRIES, Integer.parseInt(value.strip())));
            }
        });
        return new ComposeForm(form, values, counts);
    }

    /**
     * A reply's form prefilled from the SED it answers: every value of that SED whose path the new SED's schema also
     * has (the person, the institutions' identifiers, the periods...) is entered, lists with as many entries; the
     * envelope stays the hub's. What the schema does not have is ignored, so nothing foreign is sent.
     */
    static ComposeForm prefilled(SedForm form, JsonNode answered) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        flatten("$", answered, values, counts, 0);
        ENVELOPE.forEach(name -> {
            values.keySet().removeIf(path -> path.equals("$." + name) || path.startsWith("$." + name + ".")
                    || path.startsWith("$." + name + "["));
            counts.keySet().removeIf(path -> path.equals("$." + name) || path.startsWith("$." + name + "["));
        });
        return new ComposeForm(form, values, counts);
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values, Map<String, Integer> counts,
                                int depth) {
        if (depth > 12) {
            return; // no SED nests that deep; a hostile document could
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path + "." + e.getKey(), e.getValue(), values, counts, depth + 1));
        } else if (node.isArray()) {
            int size = Math.min(MAX_ENTRIES, node.size());
            counts.put(path, size);
            for (int i = 0; i < size; i++) {
                flatten(path + "[" + i + "]", node.get(i), values, counts, depth + 1);
            }
        } else if (!node.isNull()) {
            values.put(path, node.asString());
        }
    }

    /** An empty form: every list with its fewest entries. */
    static ComposeForm empty(SedForm form) {
        return new ComposeForm(form, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    SedForm form() {
        return form;
    }

    /** The elements shown: the schema's, less the envelope the hub fills. */
    List<SedForm.Element> elements() {
        return form.elements().stream().filter(e -> !ENVELOPE.contains(e.name())).toList();
    }

    /** The value typed in an input, empty when none. */
    String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The fewest entries a list shows: its minimum, and at least one so that there is something to fill. */
    static int floor(SedForm.Element list) {
        return Math.max(1, list instanceof SedForm.Group g ? g.minItems() : 0);
    }

    /** How many entries the list at that path shows. */
    int count(String listPath, SedForm.Element list) {
        return Math.max(floor(list), counts.getOrDefault(listPath, 0));
    }

    /** The same form with one more entry in the list at that path, every value kept. */
    ComposeForm add(String listPath) {
        Map<String, Integer> more = new LinkedHashMap<>(counts);
        SedForm.Element list = find(listPath);
        if (list != null) {
            more.put(listPath, Math.min(MAX_ENTRIES, count(listPath, list) + 1));
        }
        return new ComposeForm(form, values, more);
    }

    /**
     * The same form without the entry at that path ({@code $.pension.periods[0]}): the entries after it move up one
     * place with their values. A list never goes below its fewest entries.
     */
    ComposeForm remove(String entryPath) {
        int open = entryPath.lastIndexOf('[');
        if (open < 0 || !entryPath.endsWith("]")) {
            return this;
        }
        String listPath = entryPath.substring(0, open);
        SedForm.Element list = find(listPath);
        int removed;
        try {
            removed = Integer.parseInt(entryPath.substring(open + 1, entryPath.length() - 1));
        } catch (NumberFormatException e) {
            return this;
        }
        if (list == null || count(listPath, list) <= floor(list) || removed >= count(listPath, list)) {
            return this;
        }
        Map<String, String> keptValues = new LinkedHashMap<>();
        values.forEach((name, value) -> shift(name, listPath, removed, keptValues, value));
        Map<String, Integer> keptCounts = new LinkedHashMap<>();
        counts.forEach((name, count) -> shift(name, listPath, removed, keptCounts, count));
        keptCounts.put(listPath, count(listPath, list) - 1);
        return new ComposeForm(form, keptValues, keptCounts);
    }

    private static <T> void shift(String name, String listPath, int removed, Map<String, T> into, T value) {
        Matcher m = name.startsWith(listPath + "[") ? INDEX.matcher(name.substring(listPath.length())) : null;
        if (m == null || !m.matches()) {
            into.put(name, value);
            return;
        }
        int index = Integer.parseInt(m.group(1));
        if (index != removed) {
            into.put(listPath + "[" + (index > removed ? index - 1 : index) + "]" + m.group(2), value);
        }
    }

    /** The repeatable element of the form at a concrete list path ({@code $.pension.periods}), or null. */
    SedForm.Element find(String listPath) {
        String pattern = listPath.replaceAll("\\[\\d+]", "[*]");
        return find(elements(), pattern);
    }

    private static SedForm.Element find(List<SedForm.Element> elements, String pattern) {
        for (SedForm.Element e : elements) {
            String own = e.path().endsWith("[*]") ? e.path().substring(0, e.path().length() - 3) : e.path();
            boolean repeatable = e instanceof SedForm.Group g ? g.repeatable() : ((SedForm.Field) e).repeatable();
            if (own.equals(pattern) && repeatable) {
                return e;
            }
            if (e instanceof SedForm.Group g && pattern.startsWith(g.path())) {
                SedForm.Element inside = find(g.elements(), pattern);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}

package org.liaison.exchange.web.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.seds.SedForm;

/**
 * The form of an SED as the page shows it: fieldsets for groups, lists with their entries and add / remove buttons,
 * inputs with their values, each with the problems found at its JSON path. Problems whose path has no input of its
 * own (a missing list, an envelope part) go to the nearest element that holds it, or to the whole form.
 */
final class ComposeView {

    /** The DOM id of the whole form's fieldset, where a problem that nothing nearer holds is linked. */
    static final String FORM_ID = "content";

    /** Something the page shows: an input, a fieldset of a group, or a list of entries. */
    sealed interface Item permits Input, Fieldset, Repeat {

        /** Which fragment renders it: {@code input}, {@code fieldset} or {@code repeat}. */
        String kind();

        String id();

        /** The property name, for the label's bundle key {@code seds.field.<name>}. */
        String name();

        List<CaseProblem> problems();

        /** A readable label from the property name, where the bundles have none: {@code birthDate} → "Birth date". */
        default String fallback() {
            return label(name());
        }
    }

    /**
     * One input. {@code kind} is how it is entered: text, date, number, integer, select, boolean, country or
     * institution; {@code entry} is its number in a list of values (0 when not in a list).
     */
    record Input(String name, String path, String id, String type, boolean required, List<String> options,
                 String pattern, int maxLength, String value, int entry, List<CaseProblem> problems) implements Item {

        @Override
        public String kind() {
            return "input";
        }
    }

    /** A group of fields (an object of the document), or one entry of a repeatable group. */
    record Fieldset(String name, String path, String id, boolean required, int entry, boolean removable,
                    List<Item> items, List<CaseProblem> problems) implements Item {

        @Override
        public String kind() {
            return "fieldset";
        }
    }

    /** A list (of groups or of values) with its entries and the number of them, carried by a hidden input. */
    record Repeat(String name, String path, String id, boolean required, int count, boolean removable, List<Item> entries,
                  List<CaseProblem> problems) implements Item {

        @Override
        public String kind() {
            return "repeat";
        }

        public String countName() {
            return ComposeForm.COUNT + path;
        }
    }

    private final ComposeForm form;
    private final Map<String, List<CaseProblem>> problems;

    private ComposeView(ComposeForm form, Map<String, List<CaseProblem>> problems) {
        this.form = form;
        this.problems = problems;
    }

    /** The items of the form, each with the problems found at its path. */
    static List<Item> items(ComposeForm form, List<CaseProblem> found) {
        Map<String, List<CaseProblem>> byPath = new LinkedHashMap<>();
        for (CaseProblem p : found) {
            String path = ComposeLinks.holder(form, p.path());
            if (path != null) {
                byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(p);
            }
        }
        return new ComposeView(form, byPath).items(form.elements(), "$");
    }

    private List<Item> items(List<SedForm.Element> elements, String prefix) {
        List<Item> items = new ArrayList<>();
        for (SedForm.Element e : elements) {
            String path = prefix + "." + e.name();
            if (e instanceof SedForm.Field f && f.type() == SedForm.FieldType.CONSTANT) {
                continue;
            }
            boolean repeatable = e instanceof SedForm.Group g ? g.repeatable() : ((SedForm.Field) e).repeatable();
            if (repeatable) {
                items.add(repeat(e, path));
            } else if (e instanceof SedForm.Group g) {
                items.add(new Fieldset(g.name(), path, id(path), g.required(), 0, false, items(g.elements(), path),
                        at(path)));
            } else {
                items.add(input((SedForm.Field) e, path, 0));
            }
        }
        return items;
    }

    private Repeat repeat(SedForm.Element e, String path) {
        int count = form.count(path, e);
        boolean removable = count > ComposeForm.floor(e);
        List<Item> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String entry = path + "[" + i + "]";
            entries.add(e instanceof SedForm.Group g
                    ? new Fieldset(g.name(), entry, id(entry), false, i + 1, removable, items(g.elements(), entry), at(entry))
                    : input((SedForm.Field) e, entry, i + 1));
        }
        return new Repeat(e.name(), path, id(path), e.required(), count, removable, entries, at(path));
    }

    private Input input(SedForm.Field f, String path, int entry) {
        String type = switch (f.type()) {
            case CHOICE -> "select";
            case TEXT, CONSTANT -> "text";
            default -> f.type().name().toLowerCase(java.util.Locale.ROOT);
        };
        return new Input(f.name(), path, id(path), type, f.required() && entry <= 1, f.options(), f.pattern(),
                f.maxLength(), form.value(path), entry, at(path));
    }

    private List<CaseProblem> at(String path) {
        return problems.getOrDefault(path, List.of());
    }

    /** The DOM id of an input, fieldset or list at that path: {@code $.pension.periods[1].start} → f-pension-periods-1-start. */
    static String id(String path) {
        return ("f" + path.substring(1).replaceAll("[^A-Za-z0-9]+", "-")).replaceAll("-$", "");
    }

    /** A readable label from a property name: {@code birthDate} → "Birth date", {@code iban} → "Iban". */
    static String label(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

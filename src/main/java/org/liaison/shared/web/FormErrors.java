package org.liaison.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * Problems of a submitted form: the list for the summary at the top of the page and, per form field, the first
 * message to show next to it. The same problem reported twice (the posting's dates are also the period's) shows once.
 */
public record FormErrors(List<Item> items, Map<String, String> byField) {

    public record Item(String field, String message) {
    }

    /**
     * The problems with their messages in the reader's language.
     *
     * @param fieldOf the form field showing a problem's field (its JSON path)
     */
    public static FormErrors of(List<FieldProblem> problems, Locale locale, UnaryOperator<String> fieldOf) {
        return of(problems, fieldOf, p -> p.message().in(locale));
    }

    /** The problems with the text a page chooses for each, e.g. one naming the field by its label. */
    public static FormErrors of(List<FieldProblem> problems, UnaryOperator<String> fieldOf,
                                Function<FieldProblem, String> text) {
        List<Item> items = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = fieldOf.apply(problem.field());
            String message = text.apply(problem);
            Item item = new Item(field, message);
            if (!items.contains(item)) {
                items.add(item);
            }
            byField.putIfAbsent(field, message);
        }
        return new FormErrors(items, byField);
    }

    public static FormErrors none() {
        return new FormErrors(List.of(), Map.of());
    }

    /**
     * The same problems, the summary's items each named by the label of its field ("Date de début : …", key
     * {@code form.error.labelled}), as the form names it; an item whose field has no label keeps its message alone.
     * The messages next to the fields stay as they are: the label is already beside them (issue #11 §3).
     */
    public FormErrors labelled(Function<String, @Nullable String> labelOfField, MessageSource messages, Locale locale) {
        List<Item> named = items.stream().map(item -> {
            String label = labelOfField.apply(item.field());
            return label == null || label.isBlank() ? item : new Item(item.field(),
                    messages.getMessage("form.error.labelled", new Object[] {label, item.message()}, locale));
        }).toList();
        return new FormErrors(named, byField);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }
}

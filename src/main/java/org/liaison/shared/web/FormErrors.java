package org.liaison.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Problems of a submitted form: the list for the summary at the top of the page and, per form field, the first
 * message to show next to it. The same problem reported twice (the posting's dates are also the period's) shows once.
 */
public record FormErrors(List<Item> items, Map<String, String> byField) {

    public record Item(String field, String message) {
    }

    public static FormErrors of(List<FieldMessages.FieldError> errors, UnaryOperator<String> fieldOf) {
        List<Item> items = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldMessages.FieldError error : errors) {
            String field = fieldOf.apply(error.field());
            Item item = new Item(field, error.message());
            if (!items.contains(item)) {
                items.add(item);
            }
            byField.putIfAbsent(field, error.message());
        }
        return new FormErrors(items, byField);
    }

    public static FormErrors none() {
        return new FormErrors(List.of(), Map.of());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }
}

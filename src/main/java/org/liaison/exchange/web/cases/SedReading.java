package org.liaison.exchange.web.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * An SED's content as a person reads it (issue #11 §2): each field under its label in the reader's language (the
 * labels the compose form uses, {@code seds.field.*}; the JSON name when there is none), a code value with its label
 * ({@code seds.option.*}: "Femme (F)"), a date written as dates are in that language, yes or no for a boolean, list
 * entries numbered. The raw JSON stays one click away on the page.
 */
final class SedReading {

    /** One field: a value, or the fields (or entries) it holds. */
    record Entry(String label, @Nullable String value, List<Entry> children) {
    }

    private static final int MAX_DEPTH = 16;

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;

    private SedReading(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    static List<Entry> of(JsonNode content, MessageSource messages, Locale locale) {
        return new SedReading(messages, locale).fields(content, 0);
    }

    private List<Entry> fields(JsonNode object, int depth) {
        List<Entry> entries = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return entries;
        }
        object.properties().forEach(field -> entries.add(entry(label(field.getKey()), field.getValue(), depth)));
        return entries;
    }

    private Entry entry(String label, JsonNode node, int depth) {
        if (node.isObject()) {
            return new Entry(label, null, fields(node, depth + 1));
        }
        if (node.isArray()) {
            List<Entry> items = new ArrayList<>();
            for (int i = 0; i < node.size() && depth <= MAX_DEPTH; i++) {
                items.add(entry(text("cases.compose.entry", label, i + 1), node.get(i), depth + 1));
            }
            return new Entry(label, items.isEmpty() ? "—" : null, items);
        }
        return new Entry(label, value(node), List.of());
    }

    private String value(JsonNode node) {
        if (node.isNull()) {
            return "—";
        }
        if (node.isBoolean()) {
            return text("cases.compose.boolean." + node.asBoolean());
        }
        String raw = node.asString();
        if (raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-') {
            try {
                return LocalDate.parse(raw).format(dates);
            } catch (DateTimeParseException notADate) {
                // a text that only looks like one
            }
        }
        String option = messages.getMessage("seds.option." + raw, null, null, locale);
        return option == null ? raw : option + " (" + raw + ")";
    }

    private String label(String name) {
        String label = messages.getMessage("seds.field." + name, null, null, locale);
        return label == null ? name : label;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

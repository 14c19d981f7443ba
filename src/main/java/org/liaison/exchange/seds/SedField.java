package org.liaison.exchange.seds;

import java.util.List;

/**
 * One field of an SED's schema, flattened for reading and for forms.
 *
 * @param path          where the field sits, as a JSON path ({@code $.person.birthDate}, {@code $.pension.periods[*].start})
 * @param type          its JSON type (string, number, integer, boolean, object, array)
 * @param required      whether its parent must carry it
 * @param allowedValues the values allowed when the schema lists them (enum or const), otherwise empty
 * @param format        a format, pattern or length constraint in schema terms, otherwise empty
 * @param depth         how deeply it is nested (0 for a top-level field), for indentation and groups
 */
public record SedField(String path, String type, boolean required, List<String> allowedValues, String format, int depth) {

    public SedField {
        allowedValues = List.copyOf(allowedValues);
    }

    /** The last segment of the path, e.g. {@code birthDate}. */
    public String name() {
        String trimmed = path.endsWith("[*]") ? path.substring(0, path.length() - 3) : path;
        return trimmed.substring(trimmed.lastIndexOf('.') + 1);
    }
}

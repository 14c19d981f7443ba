package org.liaison.exchange.seds;

import java.util.List;

/**
 * The form to compose an SED, generated from its schema: the envelope's and the SED's own fields as a tree of
 * groups (objects) and fields, with their types, whether they are required, the allowed values and the constraints
 * a form can check before the schema does.
 *
 * @param code     the SED code
 * @param version  the data-model version of the schema
 * @param elements the top-level fields and groups, in document order
 */
public record SedForm(String code, String version, List<Element> elements) {

    public SedForm {
        elements = List.copyOf(elements);
    }

    /** A field or a group of a form. */
    public sealed interface Element permits Field, Group {

        /** The property name, e.g. {@code birthDate}. */
        String name();

        /** Where it sits in the document, e.g. {@code $.person.birthDate}; {@code [*]} marks a repeated group. */
        String path();

        boolean required();
    }

    /**
     * One input.
     *
     * @param repeatable whether the document holds a list of such values (e.g. given names, nationalities)
     * @param options    the allowed values for {@link FieldType#CHOICE} and {@link FieldType#CONSTANT}
     * @param pattern    a regular expression the value must match, or empty
     * @param maxLength  the longest text allowed, 0 when unbounded
     */
    public record Field(String name, String path, FieldType type, boolean required, boolean repeatable,
                        List<String> options, String pattern, int maxLength) implements Element {

        public Field {
            options = List.copyOf(options);
        }
    }

    /**
     * A set of fields that belong together (an object of the document).
     *
     * @param repeatable whether the document holds a list of such groups (e.g. insurance periods)
     * @param minItems   the fewest entries of a repeatable group (0 when it may be empty)
     */
    public record Group(String name, String path, boolean required, boolean repeatable, int minItems,
                        List<Element> elements) implements Element {

        public Group {
            elements = List.copyOf(elements);
        }
    }

    /** How a field is entered. */
    public enum FieldType {
        TEXT, DATE, NUMBER, INTEGER, BOOLEAN, CHOICE, CONSTANT,
        /** an ISO 3166 alpha-2 code as used by EESSI (EL for Greece, UK for the United Kingdom) */
        COUNTRY,
        /** an institution id "CC:code" of the institution repository */
        INSTITUTION
    }
}

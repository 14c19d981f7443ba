package org.liaison.agreements;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.liaison.shared.Branch;

/**
 * The dated parameters the registry records per instrument (and, where they differ, per partner), each with the
 * type of its value and how that value is read from the data files.
 */
public enum FactType {
    /** Pipe-separated {@link Branch} codes. */
    BRANCHES(Set.class, FactType::branches),
    /** Maximum initial posting of an employed person, in months. */
    MAX_POSTING_MONTHS(Integer.class, FactType::number),
    /** Maximum initial posting of a self-employed person, in months. */
    SELF_EMPLOYED_POSTING_MONTHS(Integer.class, FactType::number),
    /** See {@link PostingExtension}: {@code none}, a number of months, {@code until_end_of_work} or {@code by_agreement}. */
    POSTING_EXTENSION(PostingExtension.class, PostingExtension::parse),
    /** Who decides on an extension, as a code (e.g. {@code art16_agreement}, {@code joint_authorities}). */
    EXTENSION_DECIDED_BY(String.class, Function.identity()),
    /** Minimum gap between two postings of the same person, in months. */
    REPOSTING_GAP_MONTHS(Integer.class, FactType::number),
    /** Whether periods are aggregated for pensions ({@code yes}/{@code no}). */
    TOTALISATION_PENSIONS(Boolean.class, FactType::yesNo),
    /** Whether periods in third states count for pensions ({@code yes}/{@code no}). */
    THIRD_STATE_PERIODS(Boolean.class, FactType::yesNo),
    /** Share of working time or remuneration from which a part of the activity is substantial, in percent. */
    SUBSTANTIAL_PART_PERCENT(Integer.class, FactType::number),
    /** Minimum affiliation to the sending state immediately before a posting of an employed person, in months. */
    PRIOR_AFFILIATION_MONTHS(Integer.class, FactType::number),
    /** Minimum self-employed activity in the sending state before a self-employed posting, in months. */
    SELF_EMPLOYED_PRIOR_ACTIVITY_MONTHS(Integer.class, FactType::number),
    /** Whether the posting rules cover nationals of third states ({@code yes}/{@code no}). */
    THIRD_COUNTRY_NATIONALS(Boolean.class, FactType::yesNo),
    /** How long a wholly unemployed person keeps unemployment benefit while seeking work in another state, in months. */
    UNEMPLOYMENT_EXPORT_MONTHS(Integer.class, FactType::number),
    /** The longest such export after an extension by the competent institution, in months. */
    UNEMPLOYMENT_EXPORT_MAX_MONTHS(Integer.class, FactType::number),
    /**
     * How a self-employed person's posting can be extended, read like {@link #POSTING_EXTENSION}: the conventions
     * often set a shorter one than for employees (Argentina: 12 months against 24), so it is a fact of its own.
     */
    SELF_EMPLOYED_POSTING_EXTENSION(PostingExtension.class, PostingExtension::parse),
    /** Share of working time and/or remuneration below which an activity is marginal (Reg. 987/2009 art. 14(5b)), in percent. */
    MARGINAL_ACTIVITY_PERCENT(Integer.class, FactType::number);

    private final Class<?> valueType;
    private final Function<String, ?> parser;

    FactType(Class<?> valueType, Function<String, ?> parser) {
        this.valueType = valueType;
        this.parser = parser;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** The type of this fact's values: {@code Integer} for months and percentages, {@code Set} of branches... */
    public Class<?> valueType() {
        return valueType;
    }

    /**
     * Fails unless this type's values are of the class a reader asks for.
     *
     * @throws IllegalArgumentException e.g. when {@code Boolean} values are asked of a number of months
     */
    public void requireValuesOf(Class<?> type) {
        if (!type.isAssignableFrom(valueType)) {
            throw new IllegalArgumentException(code() + " holds " + valueType.getSimpleName() + " values, not "
                    + type.getSimpleName());
        }
    }

    /**
     * Reads a value as this type requires, ignoring surrounding spaces.
     *
     * @throws IllegalArgumentException when the text is not a value of this type
     */
    public Object parse(String value) {
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a " + code() + " value: " + value, e);
        }
    }

    private static Integer number(String value) {
        return Integer.valueOf(value);
    }

    private static Set<Branch> branches(String value) {
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        Arrays.stream(value.split("\\|")).map(code -> Branch.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown branch " + code)))
                .forEach(branches::add);
        return Collections.unmodifiableSet(branches);
    }

    private static Boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("Expected yes or no: " + value);
        };
    }
}

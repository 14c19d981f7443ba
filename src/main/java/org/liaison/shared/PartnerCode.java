package org.liaison.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a state or territory France coordinates with: ISO 3166-1 alpha-2 ({@code DE}, {@code XK} for
 * Kosovo), or alpha-2 plus a subdivision for a partner below state level ({@code CA-QC} for Québec).
 */
public record PartnerCode(String value) implements Comparable<PartnerCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}(-[A-Z]{2})?");

    public PartnerCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a partner code: " + value);
        }
    }

    /** Reads a code case-insensitively, e.g. {@code "ca-qc"} → {@code CA-QC}. */
    public static PartnerCode of(String text) {
        return new PartnerCode(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the text is a well-formed code (it may still name no known partner). */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT)).matches();
    }

    /** Written out: codes are compared in every rule and map look-up, faster than the record's generated equals. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PartnerCode code && value.equals(code.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(PartnerCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

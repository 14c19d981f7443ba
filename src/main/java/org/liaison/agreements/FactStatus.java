package org.liaison.agreements;

import java.util.Locale;

/** How sure the registry is of a fact: read in a cited source, to be checked, or not known at all. */
public enum FactStatus {
    VERIFIED, TO_CHECK, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactStatus fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}

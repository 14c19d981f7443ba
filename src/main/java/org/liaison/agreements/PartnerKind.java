package org.liaison.agreements;

import java.util.Locale;

/** Why France coordinates with a partner; {@code HOME} is France itself, never listed as a partner. */
public enum PartnerKind {
    HOME, EU_MEMBER, EEA, SWITZERLAND, UNITED_KINGDOM, BILATERAL, TERRITORY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PartnerKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}

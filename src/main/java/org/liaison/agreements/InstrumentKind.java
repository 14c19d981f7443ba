package org.liaison.agreements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The family of a legal instrument. */
public enum InstrumentKind {
    EU_REGULATION, EEA, SWISS_AGREEMENT, UK_WITHDRAWAL, UK_TCA, BILATERAL, COORDINATION_DECREE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InstrumentKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** The kind of a code, case-insensitively; empty for anything else. */
    public static Optional<InstrumentKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}

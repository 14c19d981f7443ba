package org.liaison.postings.internal.certificates;

import java.util.Locale;
import java.util.regex.Pattern;
import org.liaison.coordination.CertificateKind;

/**
 * Certificate numbers: {@code FR-A1-2026-000123} for a PD A1, {@code FR-DET-2026-000045} for a bilateral
 * certificate of posting (détachement); one sequence per prefix and year.
 */
public final class CertificateNumbers {

    private static final Pattern WELL_FORMED = Pattern.compile("FR-(A1|DET)-\\d{4}-\\d{6,9}");

    private CertificateNumbers() {
    }

    static String prefix(CertificateKind kind) {
        return switch (kind) {
            case PD_A1 -> "FR-A1";
            case BILATERAL_POSTING -> "FR-DET";
        };
    }

    static String format(CertificateKind kind, int year, int sequence) {
        return "%s-%04d-%06d".formatted(prefix(kind), year, sequence);
    }

    /** What a person typed, read generously: case and surrounding spaces do not matter. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String typed) {
        return WELL_FORMED.matcher(normalise(typed)).matches();
    }
}

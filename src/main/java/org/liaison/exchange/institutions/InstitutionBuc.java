package org.liaison.exchange.institutions;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One BUC an institution handles and one role it takes in it (an institution that may both start and answer a
 * BUC has two of these).
 *
 * @param bucType the BUC code as EESSI spells it, e.g. {@code LA_BUC_04}, {@code H_BUC_02a}
 * @param role    the role taken in that BUC's cases
 */
public record InstitutionBuc(String bucType, InstitutionRole role) {

    private static final Pattern BUC = Pattern.compile("[A-Z]{1,3}_BUC_[0-9]{2}[a-z]?");

    public InstitutionBuc {
        if (!isBucType(bucType)) {
            throw new IllegalArgumentException("not a BUC code: " + bucType);
        }
        Objects.requireNonNull(role);
    }

    /** Whether the text has the form of a BUC code ({@code LA_BUC_01}, {@code S_BUC_01a}, {@code AD_BUC_10}). */
    public static boolean isBucType(String text) {
        return text != null && BUC.matcher(text).matches();
    }
}

package org.liaison.exchange.bucs;

import java.util.regex.Pattern;

/**
 * The code of a business use case as EESSI names it, e.g. {@code LA_BUC_01}, {@code P_BUC_10}, {@code H_BUC_02a}:
 * the sector, {@code _BUC_}, a two-digit number and an optional letter variant.
 */
public record BucType(String code) implements Comparable<BucType> {

    private static final Pattern CODE = Pattern.compile("([A-Z]{1,3})_BUC_[0-9]{2}[a-z]?");

    public BucType {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a BUC code: " + code);
        }
    }

    public static BucType of(String code) {
        return new BucType(code);
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The sector prefix: LA, P, H, S, FB, UB, … */
    public String sector() {
        return code.substring(0, code.indexOf("_BUC_"));
    }

    @Override
    public int compareTo(BucType other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

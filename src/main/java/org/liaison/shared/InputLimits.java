package org.liaison.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The limits every input is held to, in one place, so that the API, the forms and the engines refuse the same things
 * with a 400 instead of failing further down (issue #10 §3): text without control characters (PostgreSQL refuses
 * NUL in text, and no name or reference needs the others), dates within {@link #FIRST_DATE}..{@link #LAST_DATE}
 * (date arithmetic on year 999,999,999 overflows; no social security fact lies outside), and amounts and quantities
 * below {@link #MAX_NUMBER} in absolute value.
 */
public final class InputLimits {

    /** The first date an input may name: older than any insurance career or legal instrument still applied. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    /** The last date an input may name: far beyond any period, certificate or pension projection. */
    public static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    /** The largest amount or quantity in absolute value: far above any benefit, invoice or count of days. */
    public static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");

    private InputLimits() {
    }

    /**
     * Whether the text has a control character other than tab, carriage return and line feed (C0, DEL and C1), or a
     * half of a surrogate pair alone (it cannot be encoded in UTF-8).
     */
    public static boolean hasControlCharacter(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date lies within {@link #FIRST_DATE}..{@link #LAST_DATE}. */
    public static boolean isAcceptedDate(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** Whether the number is at most {@link #MAX_NUMBER} in absolute value. */
    public static boolean isAcceptedNumber(BigDecimal number) {
        return number.abs().compareTo(MAX_NUMBER) <= 0;
    }

    /** Whether the number is finite and at most {@link #MAX_NUMBER} in absolute value. */
    public static boolean isAcceptedNumber(double number) {
        return Double.isFinite(number) && Math.abs(number) <= MAX_NUMBER.doubleValue();
    }
}

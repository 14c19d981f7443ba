package org.liaison.agreements;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a posting can be extended beyond its initial maximum: not at all, by a fixed number of months, until the
 * work is finished, or case by case (often by agreement between authorities) without a fixed duration.
 */
public record PostingExtension(Kind kind, @Nullable Integer months) {

    public enum Kind {
        NONE, MONTHS, UNTIL_END_OF_WORK, BY_AGREEMENT;

        private final String code = name().toLowerCase(Locale.ROOT);
    }

    public PostingExtension {
        if ((kind == Kind.MONTHS) != (months != null)) {
            throw new IllegalArgumentException("Months go with kind MONTHS only");
        }
    }

    /** Reads {@code none}, {@code 0}, a number of months, {@code until_end_of_work} or {@code by_agreement}. */
    public static PostingExtension parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "none", "0" -> new PostingExtension(Kind.NONE, null);
            case "until_end_of_work" -> new PostingExtension(Kind.UNTIL_END_OF_WORK, null);
            case "by_agreement" -> new PostingExtension(Kind.BY_AGREEMENT, null);
            default -> new PostingExtension(Kind.MONTHS, Integer.valueOf(t));
        };
    }

    @Override
    public String toString() {
        return kind == Kind.MONTHS ? String.valueOf(months) : kind.code;
    }
}

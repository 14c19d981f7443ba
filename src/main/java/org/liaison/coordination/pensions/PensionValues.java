package org.liaison.coordination.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;
import org.liaison.shared.Text;

/**
 * Reads the values of a {@link PensionInput}, keeping the first problem of each field; a value that cannot be read
 * becomes null, so that the engine still checks the rest.
 */
final class PensionValues {

    private final Set<String> known;
    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();
    private final BiFunction<String, Object[], Text> texts;

    PensionValues(Set<String> known, BiFunction<String, Object[], Text> texts) {
        this.known = known;
        this.texts = texts;
    }

    void report(String field, String code, Object... args) {
        problems.putIfAbsent(field, new FieldProblem(field, code, texts.apply(code, args)));
    }

    PartnerCode state(String text, String field) {
        if (blank(text)) {
            return null;
        }
        if (!PartnerCode.isValid(text) || !known.contains(PartnerCode.of(text).value())) {
            report(field, "UNKNOWN_STATE", text);
            return null;
        }
        return PartnerCode.of(text);
    }

    LocalDate date(String text, String field) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            report(field, "NOT_A_DATE", text);
            return null;
        }
    }

    /** A count of months: a JSON number without a fractional part (0 when absent and optional). */
    int whole(BigDecimal number, String field, boolean required) {
        if (number == null) {
            if (required) {
                report(field, "REQUIRED");
            }
            return 0;
        }
        try {
            return number.stripTrailingZeros().scale() > 0 ? notWhole(number, field) : number.intValueExact();
        } catch (ArithmeticException e) {
            return notWhole(number, field);
        }
    }

    private int notWhole(BigDecimal number, String field) {
        report(field, "NOT_WHOLE", number.toPlainString());
        return 0;
    }

    <E extends Enum<E>> E value(String text, String field, Function<String, E> parse) {
        try {
            return blank(text) ? null : parse.apply(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            report(field, "UNKNOWN_VALUE", text);
            return null;
        }
    }

    Map<String, FieldProblem> problems() {
        return problems;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.liaison.coordination.internal.care;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.TextBundle;

/**
 * The checks the unemployment and healthcare validators share: every problem is collected with its field path and
 * its text from {@code i18n/care*.properties}, so that the caller shows them all at once.
 */
public abstract class CareValidator {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    /** ISO 3166-1 alpha-2 codes, plus Kosovo's user-assigned XK that France's registry uses. */
    private static final Set<String> KNOWN_STATES = knownStates();
    private static final TextBundle TEXTS = TextBundle.of("i18n.care");

    private final List<FieldProblem> problems = new ArrayList<>();

    protected List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    protected void state(String path, String value) {
        if (value == null) {
            add(path, "MISSING");
        } else if (!STATE.matcher(value).matches()) {
            add(path, "NOT_A_STATE");
        } else if (!KNOWN_STATES.contains(value)) {
            add(path, "UNKNOWN_STATE", value);
        }
    }

    protected void required(String path, Object value) {
        if (value == null) {
            add(path, "MISSING");
        }
    }

    /** Euros and cents: never negative, at most two decimals. */
    protected void amount(String path, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2)) {
            add(path, "NOT_AN_AMOUNT");
        }
    }

    private static Set<String> knownStates() {
        Set<String> codes = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }

    protected void add(String path, String code, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = path;
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(new FieldProblem(path, code, TEXTS.text("problem." + code, all)));
    }
}

package org.liaison.portal.web.simulators.pensions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.coordination.pensions.PensionInput;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;
import org.springframework.util.MultiValueMap;

/**
 * The pension simulator's form without JavaScript: period rows (p0-state, p0-start…), one rule row per state of the
 * career (r-FR-minimumMonths…), the residence and the date. "Add" and "remove" are submit buttons; the form is
 * rebuilt from the submitted values each time, and rules of new states start from clearly labelled examples.
 */
record PensionForm(List<Row> periods, List<RuleRow> rules, String residence, String date) {

    static final int MAX_ROWS = 20;
    static final String DEFAULT_SCHEME = "general";
    private static final Pattern PERIOD_PATH = Pattern.compile("^periods\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern RULE_PATH = Pattern.compile("^rules\\[(\\d+)](?:\\.(\\w+))?");
    private static final Set<String> RULE_FIELDS = Set.of("minimumMonths", "monthlyAccrual", "maximumMonths",
            "minimumPension", "annexVIII");

    /** One period: dates, or a quantity and its unit. */
    record Row(String state, String scheme, String kind, String start, String end, String quantity, String unit) {
        boolean blank() {
            return List.of(state, scheme, start, end, quantity).stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** One state's rule; {@code example} while the values are still the page's examples. */
    record RuleRow(String state, String minimumMonths, String monthlyAccrual, String maximumMonths,
                   String minimumPension, String annexVIII, boolean example) {
        RuleRow asSubmitted() {
            return new RuleRow(state, minimumMonths, monthlyAccrual, maximumMonths, minimumPension, annexVIII, false);
        }
    }

    static PensionForm start() {
        return new PensionForm(List.of(row("FR"), row("")), List.of(PensionExampleRules.of("FR")), "FR", "");
    }

    static PensionForm of(MultiValueMap<String, String> params) {
        int count = Math.max(1, Math.min(MAX_ROWS, parse(params.getFirst("count"))));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String p = "p" + i + "-";
            rows.add(new Row(value(params, p + "state"), value(params, p + "scheme"), value(params, p + "kind"),
                    value(params, p + "start"), value(params, p + "end"), value(params, p + "quantity"),
                    value(params, p + "unit")));
        }
        List<RuleRow> rules = new ArrayList<>();
        for (String state : params.getOrDefault("ruleStates", List.of())) {
            String r = "r-" + state + "-";
            RuleRow row = new RuleRow(state, value(params, r + "minimumMonths"), value(params, r + "monthlyAccrual"),
                    value(params, r + "maximumMonths"), value(params, r + "minimumPension"),
                    value(params, r + "annexVIII"), false);
            rules.add(row.equals(PensionExampleRules.of(state).asSubmitted()) ? PensionExampleRules.of(state) : row);
        }
        return new PensionForm(rows, rules, value(params, "residence"), value(params, "date"));
    }

    PensionForm add() {
        List<Row> rows = new ArrayList<>(periods);
        if (rows.size() < MAX_ROWS) {
            rows.add(row(""));
        }
        return new PensionForm(rows, rules, residence, date);
    }

    PensionForm remove(int index) {
        List<Row> rows = new ArrayList<>(periods);
        if (index >= 0 && index < rows.size() && rows.size() > 1) {
            rows.remove(index);
        }
        return new PensionForm(rows, rules, residence, date);
    }

    /** The states of the career (known ones only) in order of appearance. */
    Set<String> states(Set<String> known) {
        Set<String> states = new LinkedHashSet<>();
        periods.stream().map(Row::state).filter(known::contains).forEach(states::add);
        return states;
    }

    /** One rule per state of the career: the submitted one, or the example for a state that has none yet. */
    PensionForm withRules(Set<String> known, List<String> added) {
        List<RuleRow> rows = new ArrayList<>();
        for (String state : states(known)) {
            RuleRow submitted = rules.stream().filter(r -> r.state().equals(state)).findFirst().orElse(null);
            if (submitted == null) {
                added.add(state);
                rows.add(PensionExampleRules.of(state));
            } else {
                rows.add(submitted);
            }
        }
        return new PensionForm(periods, rows, residence, date);
    }

    /**
     * The form as the API's input; fully blank rows are left out. The API reads numbers as JSON numbers: what is
     * typed in a number field and is not one is added to {@code problems} with the API's path (as the API would name
     * it), and the value left out, so that the estimate still checks everything else.
     */
    PensionInput input(List<FieldProblem> problems) {
        List<PensionInput.Period> list = new ArrayList<>();
        for (Row row : periods) {
            if (!row.blank()) {
                String path = "periods[" + list.size() + "]";
                BigDecimal quantity = number(row.quantity(), path + ".quantity", problems);
                boolean counted = row.quantity() != null && !row.quantity().isBlank();
                list.add(new PensionInput.Period(row.state(),
                        row.scheme() == null || row.scheme().isBlank() ? DEFAULT_SCHEME : row.scheme(), row.kind(),
                        row.start(), row.end(), quantity, counted ? row.unit() : null, null, null, null, null));
            }
        }
        List<PensionInput.Rule> ruleInputs = new ArrayList<>();
        for (RuleRow r : rules) {
            String path = "rules[" + ruleInputs.size() + "]";
            ruleInputs.add(new PensionInput.Rule(r.state(), number(r.minimumMonths(), path + ".minimumMonths", problems),
                    number(r.monthlyAccrual(), path + ".monthlyAccrual", problems),
                    number(r.maximumMonths(), path + ".maximumMonths", problems), null, null,
                    number(r.minimumPension(), path + ".minimumPension", problems), r.annexVIII()));
        }
        return new PensionInput(list, ruleInputs, residence, null, date);
    }

    /** A number as typed (blank: none), or a NOT_A_NUMBER problem of the pension estimate's messages. */
    private static BigDecimal number(String text, String path, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(path, "NOT_A_NUMBER",
                    Message.of("i18n.pensions", "pensions.problem.NOT_A_NUMBER", text)));
            return null;
        }
    }

    /** The id of the form field a problem's JSON path points at, for the error summary's links. */
    String fieldId(String path) {
        Matcher period = PERIOD_PATH.matcher(path);
        if (period.find()) {
            int row = rowOf(Integer.parseInt(period.group(1)));
            String field = period.group(2) == null || period.group(2).equals("workingWeek") ? "start" : period.group(2);
            return "p" + row + "-" + field;
        }
        Matcher rule = RULE_PATH.matcher(path);
        if (rule.find()) {
            int index = Integer.parseInt(rule.group(1));
            String state = index < rules.size() ? rules.get(index).state() : "";
            String field = rule.group(2) != null && RULE_FIELDS.contains(rule.group(2)) ? rule.group(2) : "monthlyAccrual";
            return "r-" + state + "-" + field;
        }
        return path.equals("residenceState") ? "residence" : path.equals("date") ? path : "p0-state";
    }

    /** The row of the n-th period given to the engine, blank rows being left out. */
    private int rowOf(int inputIndex) {
        int seen = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (!periods.get(i).blank() && ++seen == inputIndex) {
                return i;
            }
        }
        return 0;
    }

    private static Row row(String state) {
        return new Row(state, "", "EMPLOYMENT", "", "", "", "");
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static int parse(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

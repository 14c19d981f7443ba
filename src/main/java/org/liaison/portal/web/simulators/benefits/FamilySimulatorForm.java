package org.liaison.portal.web.simulators.benefits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.benefits.BenefitInputs;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;

/**
 * The family-benefit simulator's form as submitted: the date, one row per state (state, ground of the right,
 * monthly amount, months of insurance) and one row per child (state of residence). Rows left blank are ignored;
 * {@code stateRows} and {@code childRows} remember which form row each API index came from, so that a problem
 * with a JSON path lands on the right field.
 */
record FamilySimulatorForm(int states, int children, BenefitInputs.FamilyInput input, List<Integer> stateRows,
                           List<Integer> childRows, List<FieldProblem> formProblems) {

    static final int MAX_STATES = 4;
    static final int MAX_CHILDREN = 6;

    static FamilySimulatorForm of(Map<String, String> p) {
        int states = bounded(p.get("n"), 2, MAX_STATES);
        int children = bounded(p.get("c"), 1, MAX_CHILDREN);
        if ("addState".equals(p.get("action"))) {
            states = Math.min(states + 1, MAX_STATES);
        } else if ("addChild".equals(p.get("action"))) {
            children = Math.min(children + 1, MAX_CHILDREN);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<BenefitInputs.EntitlementInput> rights = new ArrayList<>();
        List<Integer> stateRows = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            String state = p.getOrDefault("state" + i, "");
            String amount = p.getOrDefault("amount" + i, "").trim().replace(',', '.').replace(" ", "");
            String months = p.getOrDefault("months" + i, "").trim();
            if (state.isBlank() && amount.isBlank() && months.isBlank()) {
                continue;
            }
            rights.add(new BenefitInputs.EntitlementInput(state, p.get("ground" + i),
                    number(amount, "amount" + i, problems), months(months, "months" + i, problems)));
            stateRows.add(i);
        }
        List<String> residences = new ArrayList<>();
        List<Integer> childRows = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            String residence = p.getOrDefault("child" + i, "");
            if (!residence.isBlank()) {
                residences.add(residence);
                childRows.add(i);
            }
        }
        return new FamilySimulatorForm(states, children, new BenefitInputs.FamilyInput(p.get("date"), residences, rights),
                stateRows, childRows, problems);
    }

    boolean compute(Map<String, String> p) {
        return "compute".equals(p.get("action"));
    }

    /** The form field of an API path, e.g. {@code entitlements[0].monthlyAmount} → {@code amount2} for the third row. */
    String fieldOf(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(entitlements|children)\\[(\\d+)\\](.*)").matcher(path);
        if (!m.matches()) {
            return "entitlements".equals(path) ? "state0" : "children".equals(path) ? "child0" : path;
        }
        List<Integer> rows = "children".equals(m.group(1)) ? childRows : stateRows;
        int index = Integer.parseInt(m.group(2));
        int row = index < rows.size() ? rows.get(index) : index;
        return ExportSimulatorController.fieldId(m.group(1) + "[" + row + "]" + m.group(3));
    }

    private static int bounded(String text, int fallback, int max) {
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(text == null ? "" : text.trim())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static BigDecimal number(String text, String field, List<FieldProblem> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "NOT_AN_AMOUNT", Message.of("i18n.benefits", "benefits.problem.amount")));
            return null;
        }
    }

    private static Integer months(String text, String field, List<FieldProblem> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "NOT_WHOLE_MONTHS", Message.of("i18n.benefits", "benefits.problem.months")));
            return null;
        }
    }
}

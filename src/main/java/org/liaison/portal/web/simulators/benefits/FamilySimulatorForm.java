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
 * with a JSON path lands on the right field. Issue #12: a row may also give that state's amounts by benefit — child
 * allowances for each child, a parental allowance, a childcare allowance — so that benefits of the same kind are
 * compared, child by child (CJEU C-347/12 Wiering); {@code benefitFields} remembers the form field of each amount.
 */
record FamilySimulatorForm(int states, int children, BenefitInputs.FamilyInput input, List<Integer> stateRows,
                           List<Integer> childRows, List<FieldProblem> formProblems, List<List<String>> benefitFields) {

    /**
     * The choices of "a parent's situation in that state", in plain words: the three grounds as before, and the
     * interruptions of activity Decision F1 point 1 counts as activity, so that the engine classifies them.
     */
    static final List<String> SITUATIONS = List.of("ACTIVITY", "PAID_LEAVE_STRIKE_OR_LOCKOUT", "SICKNESS_OR_MATERNITY_BENEFIT",
            "UNEMPLOYMENT_BENEFIT", "CHILD_RAISING_LEAVE_TREATED_AS_ACTIVITY", "CHILD_RAISING_LEAVE_NOT_TREATED_AS_ACTIVITY",
            "PENSION", "RESIDENCE");

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
        List<String> residences = new ArrayList<>();
        List<Integer> childRows = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            String residence = p.getOrDefault("child" + i, "");
            if (!residence.isBlank()) {
                residences.add(residence);
                childRows.add(i);
            }
        }
        List<BenefitInputs.EntitlementInput> rights = new ArrayList<>();
        List<Integer> stateRows = new ArrayList<>();
        List<List<String>> benefitFields = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            String state = p.getOrDefault("state" + i, "");
            String amount = text(p, "amount" + i);
            String months = p.getOrDefault("months" + i, "").trim();
            List<BenefitInputs.BenefitInput> benefits = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            for (int j = 0; j < children; j++) {
                String field = "cb" + i + "_" + j;
                if (!text(p, field).isBlank()) {
                    int child = childRows.indexOf(j);
                    if (child < 0) {
                        problems.add(new FieldProblem(field, "CHILD_WITHOUT_RESIDENCE",
                                Message.of("i18n.benefits", "benefits.family.problem.childWithoutResidence")));
                        continue;
                    }
                    benefits.add(new BenefitInputs.BenefitInput("CHILD_BENEFIT", child + 1, number(text(p, field), field, problems)));
                    fields.add(field);
                }
            }
            for (String kind : List.of("CHILD_RAISING", "CHILDCARE")) {
                String field = ("CHILD_RAISING".equals(kind) ? "raising" : "care") + i;
                if (!text(p, field).isBlank()) {
                    benefits.add(new BenefitInputs.BenefitInput(kind, null, number(text(p, field), field, problems)));
                    fields.add(field);
                }
            }
            if (state.isBlank() && amount.isBlank() && months.isBlank() && benefits.isEmpty()) {
                continue;
            }
            String chosen = p.get("ground" + i);
            boolean situation = chosen != null && SITUATIONS.indexOf(chosen) > 0 && SITUATIONS.indexOf(chosen) < 6;
            rights.add(new BenefitInputs.EntitlementInput(state, situation ? null : chosen,
                    number(amount, "amount" + i, problems), months(months, "months" + i, problems),
                    benefits.isEmpty() ? null : benefits, situation ? chosen : null));
            stateRows.add(i);
            benefitFields.add(fields);
        }
        return new FamilySimulatorForm(states, children, new BenefitInputs.FamilyInput(p.get("date"), residences, rights),
                stateRows, childRows, problems, benefitFields);
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
        java.util.regex.Matcher benefit = java.util.regex.Pattern.compile("\\.benefits\\[(\\d+)\\].*").matcher(m.group(3));
        if ("entitlements".equals(m.group(1)) && benefit.matches() && index < benefitFields.size()
                && Integer.parseInt(benefit.group(1)) < benefitFields.get(index).size()) {
            return benefitFields.get(index).get(Integer.parseInt(benefit.group(1)));
        }
        int row = index < rows.size() ? rows.get(index) : index;
        return ExportSimulatorController.fieldId(m.group(1) + "[" + row + "]" + m.group(3));
    }

    private static String text(Map<String, String> p, String field) {
        return p.getOrDefault(field, "").trim().replace(',', '.').replace(" ", "");
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

package org.liaison.coordination.internal.family;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.liaison.coordination.benefits.FamilyBenefit;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/** Lists every problem of a family case with its field path, rather than failing on the first. */
final class FamilyValidation {

    private FamilyValidation() {
    }

    static List<FieldProblem> problems(FamilyCase c, Predicate<PartnerCode> known) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c == null) {
            problems.add(problem("case", "REQUIRED", "problem.required"));
            return problems;
        }
        if (c.date() == null) {
            problems.add(problem("date", "REQUIRED", "problem.required"));
        }
        if (c.children().isEmpty()) {
            problems.add(problem("children", "REQUIRED", "problem.required"));
        }
        for (int i = 0; i < c.children().size(); i++) {
            state(c.children().get(i), "children[" + i + "]", known, problems);
        }
        if (c.entitlements().isEmpty()) {
            problems.add(problem("entitlements", "REQUIRED", "problem.required"));
        }
        Set<PartnerCode> seen = new HashSet<>();
        for (int i = 0; i < c.entitlements().size(); i++) {
            FamilyEntitlement e = c.entitlements().get(i);
            String path = "entitlements[" + i + "]";
            if (e == null) {
                problems.add(problem(path, "REQUIRED", "problem.required"));
                continue;
            }
            if (state(e.state(), path + ".state", known, problems) && !seen.add(e.state())) {
                problems.add(problem(path + ".state", "DUPLICATE_STATE", "problem.duplicateState"));
            }
            if (e.ground() == null) {
                problems.add(problem(path + ".ground", "REQUIRED", "problem.required"));
            } else if (e.situation() != null && e.situation().ground() != e.ground()) {
                // The engine classifies the ground from the facts (Decision F1); a ground given with them that says
                // otherwise is a contradiction to resolve, not a choice between two answers.
                problems.add(problem(path + ".ground", "GROUND_CONTRADICTS_SITUATION", "problem.groundContradictsSituation"));
            }
            if (e.benefits().isEmpty()) {
                amount(e.monthlyAmount(), path + ".monthlyAmount", problems);
            } else {
                benefits(e, path, c.children().size(), problems);
            }
            if (e.periodMonths() != null && e.periodMonths() < 0) {
                problems.add(problem(path + ".periodMonths", "NEGATIVE_PERIOD", "problem.periodNegative"));
            }
        }
        return problems;
    }

    /** Each amount by kind: a kind, a child among those listed (or none), a valid amount, no kind twice for one child. */
    private static void benefits(FamilyEntitlement e, String path, int children, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int j = 0; j < e.benefits().size(); j++) {
            FamilyBenefit b = e.benefits().get(j);
            String at = path + ".benefits[" + j + "]";
            if (b == null) {
                problems.add(problem(at, "REQUIRED", "problem.required"));
                complete = false;
                continue;
            }
            if (b.kind() == null) {
                problems.add(problem(at + ".kind", "REQUIRED", "problem.required"));
            }
            if (b.child() != null && (b.child() < 1 || b.child() > children)) {
                problems.add(problem(at + ".child", "UNKNOWN_CHILD", "problem.unknownChild"));
            } else if (b.kind() != null && !seen.add(b.kind() + "/" + b.child())) {
                problems.add(problem(at + ".kind", "DUPLICATE_BENEFIT", "problem.duplicateBenefit"));
            }
            amount(b.monthlyAmount(), at + ".monthlyAmount", problems);
            if (b.monthlyAmount() == null) {
                complete = false;
            } else {
                sum = sum.add(b.monthlyAmount());
            }
        }
        // A total given with the amounts by kind must be their sum: otherwise the caller and the engine disagree
        // on what the state pays.
        if (complete && e.monthlyAmount() != null && e.monthlyAmount().compareTo(sum) != 0) {
            problems.add(problem(path + ".monthlyAmount", "AMOUNT_MISMATCH", "problem.amountMismatch"));
        }
    }

    private static boolean state(PartnerCode state, String path, Predicate<PartnerCode> known, List<FieldProblem> problems) {
        if (state == null) {
            problems.add(problem(path, "REQUIRED", "problem.required"));
            return false;
        }
        if (!known.test(state)) {
            problems.add(problem(path, "UNKNOWN_STATE", "problem.unknownState"));
            return false;
        }
        return true;
    }

    private static void amount(BigDecimal amount, String path, List<FieldProblem> problems) {
        if (amount == null) {
            problems.add(problem(path, "REQUIRED", "problem.required"));
        } else if (amount.signum() < 0) {
            problems.add(problem(path, "NEGATIVE_AMOUNT", "problem.amountNegative"));
        } else if (amount.stripTrailingZeros().scale() > FamilyReferences.AMOUNT_SCALE) {
            problems.add(problem(path, "AMOUNT_SCALE", "problem.amountScale"));
        }
    }

    private static FieldProblem problem(String field, String code, String key) {
        return new FieldProblem(field, code, BenefitTexts.text(key));
    }
}

package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionProblem;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.PartnerCode;

/** Lists every problem of a pension request with its field path, so that a caller can answer with all of them. */
final class PensionValidator {

    List<PensionProblem> validate(PensionRequest request) {
        List<PensionProblem> problems = new ArrayList<>();
        if (request == null) {
            problems.add(problem("request", "REQUIRED"));
            return problems;
        }
        Set<PartnerCode> ruled = rules(request.rules(), problems);
        List<PensionPeriod> periods = request.periods();
        if (periods == null || periods.isEmpty()) {
            problems.add(problem("periods", "REQUIRED"));
            return problems;
        }
        PensionFramework framework = request.framework() == null ? PensionFramework.europeanRegulation()
                : request.framework();
        Set<PartnerCode> reportedWithoutRule = new HashSet<>();
        for (int i = 0; i < periods.size(); i++) {
            String field = "periods[" + i + "]";
            PensionPeriod period = periods.get(i);
            if (period == null) {
                problems.add(problem(field, "REQUIRED"));
                continue;
            }
            if (period.state() == null) {
                problems.add(problem(field + ".state", "REQUIRED"));
            } else if (!ruled.contains(period.state()) && !period.refundedByLumpSum() && inScope(period, framework)
                    && reportedWithoutRule.add(period.state())) {
                problems.add(problem(field + ".state", "NO_RULE"));
            }
            if (period.scheme() == null || period.scheme().isBlank()) {
                problems.add(problem(field + ".scheme", "REQUIRED"));
            }
            if (period.kind() == null) {
                problems.add(problem(field + ".kind", "REQUIRED"));
            }
            if (period.start() == null) {
                problems.add(problem(field + ".start", "REQUIRED"));
            }
            if (period.end() == null) {
                problems.add(problem(field + ".end", "REQUIRED"));
            } else if (period.start() != null && period.end().isBefore(period.start())) {
                problems.add(problem(field + ".end", "END_BEFORE_START"));
            } else if (period.start() != null) {
                overlapsEarlier(periods, i).ifPresent(j -> problems.add(problem(field, "OVERLAPS_SAME_SCHEME", j)));
            }
        }
        return problems;
    }

    private static Set<PartnerCode> rules(List<PensionRule> rules, List<PensionProblem> problems) {
        Set<PartnerCode> states = new HashSet<>();
        if (rules == null) {
            return states;
        }
        for (int i = 0; i < rules.size(); i++) {
            String field = "rules[" + i + "]";
            PensionRule rule = rules.get(i);
            if (rule == null) {
                problems.add(problem(field, "REQUIRED"));
                continue;
            }
            if (rule.state() == null) {
                problems.add(problem(field + ".state", "REQUIRED"));
            } else if (!states.add(rule.state())) {
                problems.add(problem(field + ".state", "DUPLICATE_RULE"));
            }
            if (rule.minimumMonths() < 0) {
                problems.add(problem(field + ".minimumMonths", "NEGATIVE"));
            }
            if (rule.maximumMonths() < 0) {
                problems.add(problem(field + ".maximumMonths", "NEGATIVE"));
            }
            if (rule.monthlyAccrual() == null && rule.theoreticalAmount() == null) {
                problems.add(problem(field, "NO_AMOUNT_RULE"));
            }
            amount(rule.monthlyAccrual(), field + ".monthlyAccrual", problems);
            amount(rule.theoreticalAmount(), field + ".theoreticalAmount", problems);
            amount(rule.independentAmount(), field + ".independentAmount", problems);
            amount(rule.minimumPension(), field + ".minimumPension", problems);
        }
        return states;
    }

    private static void amount(BigDecimal value, String field, List<PensionProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(problem(field, "NEGATIVE"));
        }
        if (value.stripTrailingZeros().scale() > PensionLaw.AMOUNT_SCALE) {
            problems.add(problem(field, "MORE_THAN_TWO_DECIMALS"));
        }
    }

    private static java.util.Optional<Integer> overlapsEarlier(List<PensionPeriod> periods, int index) {
        PensionPeriod period = periods.get(index);
        for (int j = 0; j < index; j++) {
            PensionPeriod other = periods.get(j);
            if (other != null && other.start() != null && other.end() != null && !other.end().isBefore(other.start())
                    && java.util.Objects.equals(other.state(), period.state())
                    && java.util.Objects.equals(other.scheme(), period.scheme())
                    && !other.end().isBefore(period.start()) && !other.start().isAfter(period.end())) {
                return java.util.Optional.of(j);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the state pays under the framework, and so needs a national rule. */
    private static boolean inScope(PensionPeriod period, PensionFramework framework) {
        return !framework.isBilateral() || period.state().value().equals("FR")
                || period.state().equals(framework.bilateralPartner());
    }

    private static PensionProblem problem(String field, String code, Object... args) {
        return new PensionProblem(field, code, PensionLaw.text("problem." + code, args));
    }
}

package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionQuantity;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/** Lists every problem of a pension request with its field path, so that a caller can answer with all of them. */
final class PensionValidator {

    List<FieldProblem> validate(PensionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            problems.add(problem("request", "REQUIRED"));
            return problems;
        }
        Set<PartnerCode> ruled = rules(request.rules(), problems);
        List<PensionPeriod> periods = request.periods() == null ? List.of() : request.periods();
        List<PensionQuantity> quantities = request.quantities() == null ? List.of() : request.quantities();
        if (periods.isEmpty() && quantities.isEmpty()) {
            problems.add(problem("periods", "REQUIRED"));
            return problems;
        }
        PensionFramework framework = request.framework() == null ? PensionFramework.europeanRegulation()
                : request.framework();
        Set<PartnerCode> reportedWithoutRule = new HashSet<>();
        quantities(quantities, ruled, framework, reportedWithoutRule, problems);
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
            } else if (request.date() != null && period.end().isAfter(request.date())) {
                problems.add(problem(field + ".end", "AFTER_PENSION_DATE", request.date()));
            } else if (period.start() != null) {
                overlapsEarlier(periods, i).ifPresent(j -> problems.add(problem(field, "OVERLAPS_SAME_SCHEME", j)));
            }
        }
        return problems;
    }

    /** Periods given as a quantity: the same checks as dated periods, and a quantity above zero. */
    private static void quantities(List<PensionQuantity> quantities, Set<PartnerCode> ruled, PensionFramework framework,
                                   Set<PartnerCode> reportedWithoutRule, List<FieldProblem> problems) {
        for (int i = 0; i < quantities.size(); i++) {
            String field = "quantities[" + i + "]";
            PensionQuantity quantity = quantities.get(i);
            if (quantity == null) {
                problems.add(problem(field, "REQUIRED"));
                continue;
            }
            if (quantity.state() == null) {
                problems.add(problem(field + ".state", "REQUIRED"));
            } else if (!ruled.contains(quantity.state()) && inScope(quantity.state(), framework)
                    && reportedWithoutRule.add(quantity.state())) {
                problems.add(problem(field + ".state", "NO_RULE"));
            }
            if (quantity.scheme() == null || quantity.scheme().isBlank()) {
                problems.add(problem(field + ".scheme", "REQUIRED"));
            }
            if (quantity.kind() == null) {
                problems.add(problem(field + ".kind", "REQUIRED"));
            }
            if (quantity.unit() == null) {
                problems.add(problem(field + ".unit", "REQUIRED"));
            }
            if (quantity.quantity() == null) {
                problems.add(problem(field + ".quantity", "REQUIRED"));
            } else if (quantity.quantity().signum() <= 0) {
                problems.add(problem(field + ".quantity", "NOT_POSITIVE"));
            } else if (quantity.quantity().stripTrailingZeros().scale() > PensionLaw.MONTHS_SCALE) {
                problems.add(problem(field + ".quantity", "TOO_PRECISE"));
            }
        }
    }

    private static Set<PartnerCode> rules(List<PensionRule> rules, List<FieldProblem> problems) {
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

    private static void amount(BigDecimal value, String field, List<FieldProblem> problems) {
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
        return inScope(period.state(), framework);
    }

    private static boolean inScope(PartnerCode state, PensionFramework framework) {
        return !framework.isBilateral() || state.value().equals("FR") || state.equals(framework.bilateralPartner());
    }

    private static FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, code, PensionLaw.text("problem." + code, args));
    }
}

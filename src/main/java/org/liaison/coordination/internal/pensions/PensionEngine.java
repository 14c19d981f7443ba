package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.coordination.pensions.PensionAggregation;
import org.liaison.coordination.pensions.PensionCalculation;
import org.liaison.coordination.pensions.PensionCredit;
import org.liaison.coordination.pensions.PensionEstimate;
import org.liaison.coordination.pensions.PensionEstimates;
import org.liaison.coordination.pensions.PensionFramework;
import org.liaison.coordination.pensions.PensionPeriod;
import org.liaison.coordination.pensions.PensionRequest;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/**
 * The pension engine (Reg. 883/2004 art. 50–58 and France's bilateral conventions): validates the request,
 * aggregates the career, then lets each state compute its pension ({@link StatePension}); under the regulation
 * it applies the under-one-year rule (art. 57) and finally the residence state's minimum (art. 58). Amounts are
 * monthly euros, scale 2, each state's brought to the cent by its own rule ({@link NationalRounding}; half-even
 * where none is recorded). Pure: no clock, no framework.
 */
public final class PensionEngine implements PensionEstimates {

    private final PensionValidator validator = new PensionValidator();
    private final PeriodAggregator aggregator = new PeriodAggregator();

    @Override
    public PensionEstimate estimate(PensionRequest request) {
        List<FieldProblem> problems = validator.validate(request);
        if (!problems.isEmpty()) {
            return PensionEstimate.invalid(problems);
        }
        PensionFramework framework = request.framework() == null ? PensionFramework.europeanRegulation()
                : request.framework();
        List<PensionPeriod> periods = request.periods() == null ? List.of() : request.periods();
        PensionAggregation aggregation = aggregator.aggregate(periods,
                request.quantities() == null ? List.of() : request.quantities(), framework);
        Map<PartnerCode, PensionRule> rules = new HashMap<>();
        request.rules().forEach(rule -> rules.put(rule.state(), rule));
        // Under a bilateral convention only its two parties pay; third-state periods only raise the total.
        List<StatePension> states = aggregation.credits().stream()
                .filter(credit -> !framework.isBilateral() || credit.state().value().equals("FR")
                        || credit.state().equals(framework.bilateralPartner()))
                .map(credit -> new StatePension(credit, rules.get(credit.state()), aggregation.totalMonths(),
                        request.date()))
                .toList();
        BigDecimal denominator = aggregation.totalMonths();
        if (!framework.isBilateral()) {
            List<StatePension> exempt = states.stream().filter(StatePension::underOneYearWithoutRight).toList();
            if (!exempt.isEmpty() && exempt.size() == states.size()) {
                lastEntitled(states, periods).ifPresent(StatePension::payForWholeCareer);
                exempt.stream().filter(s -> !s.paysWholeCareer()).forEach(StatePension::exempt);
            } else {
                for (StatePension state : exempt) {
                    state.exempt();
                    denominator = denominator.subtract(state.credit().months());
                }
            }
        }
        List<PensionCalculation> calculations = new ArrayList<>();
        for (StatePension state : states) {
            calculations.add(state.calculate(denominator, framework.isBilateral()));
        }
        BigDecimal total = calculations.stream().map(PensionCalculation::amountDue)
                .reduce(BigDecimal.ZERO.setScale(PensionLaw.AMOUNT_SCALE), BigDecimal::add);
        BigDecimal supplement = MinimumPension.supplement(request.residence(), rules, calculations, total);
        List<org.liaison.coordination.RequirementCheck> checks = supplement.signum() > 0
                ? List.of(MinimumPension.check(request.residence(), supplement, rules.get(request.residence())))
                : List.of();
        return new PensionEstimate(List.of(), aggregation, calculations, supplement, total.add(supplement), checks);
    }

    /**
     * Art. 57(3): when every state would be exempt, the last state whose conditions are met pays as if all periods
     * were its own; "last" is read as the state of the latest-ending period.
     */
    private static Optional<StatePension> lastEntitled(List<StatePension> states, List<PensionPeriod> periods) {
        Map<PartnerCode, LocalDate> lastEnd = new HashMap<>();
        periods.stream().filter(p -> !p.refundedByLumpSum())
                .forEach(p -> lastEnd.merge(p.state(), p.end(), (a, b) -> a.isAfter(b) ? a : b));
        return states.stream().filter(StatePension::entitledWithAggregation)
                .max(Comparator.comparing(s -> lastEnd.getOrDefault(s.credit().state(), LocalDate.MIN)));
    }

    /** The credit of a state in an aggregation, for callers that only need the periods (part 1). */
    public static Optional<PensionCredit> credit(PensionAggregation aggregation, String state) {
        return aggregation.credits().stream().filter(c -> c.state().value().equals(state)).findFirst();
    }
}

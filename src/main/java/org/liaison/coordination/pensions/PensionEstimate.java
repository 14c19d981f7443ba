package org.liaison.coordination.pensions;

import org.liaison.coordination.RequirementCheck;
import java.math.BigDecimal;
import java.util.List;
import org.liaison.shared.FieldProblem;

/**
 * The answer to a {@link PensionRequest}: either the problems of the request, or the aggregation, each state's
 * calculation, the residence state's supplement (art. 58) and the total. Amounts are monthly euros, scale 2,
 * each state's rounded once per amount by its own rule ({@link PensionCalculation#rounding()}).
 */
public record PensionEstimate(List<FieldProblem> problems, PensionAggregation aggregation,
                              List<PensionCalculation> calculations, BigDecimal supplement, BigDecimal total,
                              List<RequirementCheck> checks) {

    public PensionEstimate {
        problems = List.copyOf(problems);
        calculations = List.copyOf(calculations);
        checks = List.copyOf(checks);
    }

    public static PensionEstimate invalid(List<FieldProblem> problems) {
        return new PensionEstimate(problems, null, List.of(), null, null, List.of());
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}

package org.liaison.coordination.care;

import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import java.util.List;
import org.liaison.shared.FieldProblem;

/**
 * The outcome of the unemployment engine: the state that pays and under which provision, the periods aggregated,
 * the export and the reimbursement between states, with the trace of every requirement checked. When the input is
 * invalid, {@link #problems()} lists each problem and nothing else is decided.
 *
 * @param payingState       the state whose institution pays, or {@code null} when not decided
 * @param provision         the provision that designates it, e.g. {@code EU_883_ART65_5_A}
 * @param instrument        the registry id of the instrument that coordinates the states concerned, or {@code null}
 * @param aggregatedDays    the days of insurance counted by the paying state (art. 61)
 * @param export            the export with PD U2, or {@code null}
 * @param reimbursement     the reimbursement between states, or {@code null}
 * @param missingFacts      the registry facts the rules needed and did not find, e.g.
 *                          {@code unemployment_export_months (uk-tca-ssc-protocol)}
 */
public record UnemploymentAssessment(DecisionStatus status, String payingState, String provision, String instrument,
                                     long aggregatedDays, UnemploymentExport export,
                                     UnemploymentReimbursement reimbursement, List<RequirementCheck> checks,
                                     List<FieldProblem> problems, List<String> missingFacts) {

    public UnemploymentAssessment {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
        missingFacts = List.copyOf(missingFacts);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}

package org.liaison.coordination.care;

import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import java.math.BigDecimal;
import java.util.List;
import org.liaison.shared.FieldProblem;

/**
 * The routes open for care abroad and what each reimburses, in euros at scale 2 (RoundingMode.HALF_EVEN). An
 * amount is {@code null} when the route is not open or a fact is missing. {@code preferred} is the more favourable
 * route (the regulation on a tie: Directive 2011/24/EU art. 8(3)).
 *
 * @param route                     the route of the regulation that applies (EHIC, S1 or S2), or {@code null}
 * @param priorAuthorisationNeeded  France requires prior authorisation for this care (S2 or directive art. 8)
 * @param frenchCost                what the care would have been reimbursed in France (French tariffs)
 * @param regulationAmount          host-state tariffs plus the Vanbraekel complement
 * @param vanbraekelComplement      the complement when the French cost is higher (CJEU C-368/98)
 * @param directiveAmount           min(French cost, actual cost), Directive art. 7(4)
 * @param documents                 codes of the documents to send, explained in the {@code care} bundle
 * @param tariff                    the dated French tariff used, with its source and demo label, or {@code null}
 */
public record HealthcareAssessment(DecisionStatus status, HealthcareRoute route, boolean priorAuthorisationNeeded,
                                   BigDecimal frenchCost, BigDecimal regulationAmount, BigDecimal vanbraekelComplement,
                                   BigDecimal directiveAmount, HealthcareRoute preferred, List<String> documents,
                                   List<RequirementCheck> checks, List<FieldProblem> problems,
                                   HealthcareTariff tariff) {

    public HealthcareAssessment {
        documents = List.copyOf(documents);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }
}

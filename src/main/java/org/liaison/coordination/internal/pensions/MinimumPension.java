package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.pensions.PensionCalculation;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.PartnerCode;

/**
 * Reg. 883/2004 art. 58: a resident who receives a pension from the state of residence gets at least that state's
 * minimum pension; the state pays the difference with the total of all the pensions due as a supplement.
 */
final class MinimumPension {

    private MinimumPension() {
    }

    static BigDecimal supplement(PartnerCode residence, Map<PartnerCode, PensionRule> rules,
                                 List<PensionCalculation> calculations, BigDecimal total) {
        BigDecimal none = PensionLaw.amount(BigDecimal.ZERO);
        PensionRule rule = residence == null ? null : rules.get(residence);
        if (rule == null || rule.minimumPension() == null) {
            return none;
        }
        boolean paidByResidence = calculations.stream()
                .anyMatch(c -> c.state().equals(residence) && c.amountDue().signum() > 0);
        BigDecimal minimum = PensionLaw.amount(rule.minimumPension());
        return paidByResidence && total.compareTo(minimum) < 0 ? minimum.subtract(total) : none;
    }

    static org.liaison.coordination.RequirementCheck check(PartnerCode residence, BigDecimal supplement,
                                                          PensionRule rule) {
        BigDecimal minimum = PensionLaw.amount(rule.minimumPension());
        return PensionLaw.check("MINIMUM_SUPPLEMENT", "EU_883_ART58",
                org.liaison.coordination.RequirementResult.MET,
                Map.of("state", residence.value(), "supplement", supplement.toPlainString(),
                        "minimumPension", minimum.toPlainString()),
                residence, supplement.toPlainString(), minimum.toPlainString());
    }
}

package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.pensions.PensionAnnexVIII;
import org.liaison.coordination.pensions.PensionCalculation;
import org.liaison.coordination.pensions.PensionCredit;
import org.liaison.coordination.pensions.PensionRule;

/**
 * The pension of a state listed in Annex VIII (Reg. 883/2004 art. 52(4)–(5)): no pro-rata, the national amount on the
 * state's own periods (or points), aggregation having served only to open the right.
 */
final class AnnexEightPension {

    private AnnexEightPension() {
    }

    static PensionCalculation nationalOnly(PensionCredit credit, PensionRule rule, PensionAnnexVIII entry,
                                           BigDecimal ownMonths, List<RequirementCheck> checks,
                                           Map<String, String> facts, NationalRounding.Rule rounding) {
        String provision = entry == PensionAnnexVIII.PRO_RATA_WAIVED ? "EU_883_ART52_4" : "EU_883_ART52_5";
        String code = entry == PensionAnnexVIII.PRO_RATA_WAIVED ? "PRO_RATA_WAIVED" : "PRO_RATA_NOT_APPLICABLE";
        BigDecimal amount = rule.independentAmount() != null
                ? NationalRounding.round(rule.independentAmount(), rounding)
                : rule.monthlyAccrual() != null ? NationalRounding.round(rule.monthlyAccrual().multiply(ownMonths), rounding)
                : null;
        if (amount == null) {
            checks.add(PensionLaw.check("INDEPENDENT_NOT_GIVEN", provision, RequirementResult.NEEDS_INFORMATION, facts,
                    credit.state()));
            return new PensionCalculation(credit.state(), null, null, null, PensionLaw.amount(BigDecimal.ZERO),
                    PensionLaw.provision(provision), checks, rounding.rounding());
        }
        checks.add(PensionLaw.check(code, provision, RequirementResult.MET, facts, credit.state(),
                amount.toPlainString()));
        return new PensionCalculation(credit.state(), amount, null, null, amount, PensionLaw.provision(provision),
                checks, rounding.rounding());
    }
}

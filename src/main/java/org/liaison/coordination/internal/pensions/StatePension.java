package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.pensions.PensionAnnexVIII;
import org.liaison.coordination.pensions.PensionCalculation;
import org.liaison.coordination.pensions.PensionCredit;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;

/** One state's side of the calculation (Reg. 883/2004 art. 52): independent, theoretical and pro-rata amounts. */
final class StatePension {

    private enum Art57 { NONE, EXEMPT, WHOLE_CAREER }

    private final PensionCredit credit;
    private final PensionRule rule;
    private final BigDecimal totalMonths;
    private final PensionAnnexVIII annexVIII;
    private final NationalRounding.Rule rounding;
    private Art57 art57 = Art57.NONE;

    StatePension(PensionCredit credit, PensionRule rule, BigDecimal totalMonths, java.time.LocalDate date) {
        this.credit = credit;
        this.rule = rule;
        this.totalMonths = totalMonths;
        this.annexVIII = AnnexEight.entry(rule).orElse(null);
        this.rounding = NationalRounding.of(credit.state(), date, rule.rounding());
    }

    /** An amount brought to the cent by this state's own rule. */
    private BigDecimal amount(BigDecimal value) {
        return NationalRounding.round(value, rounding);
    }

    private PensionCalculation result(BigDecimal independent, BigDecimal theoretical, BigDecimal proRata,
                                      BigDecimal due, String provision, List<RequirementCheck> checks) {
        return new PensionCalculation(credit.state(), independent, theoretical, proRata, due,
                PensionLaw.provision(provision), checks, rounding.rounding());
    }

    PensionCredit credit() {
        return credit;
    }

    boolean entitledAlone() {
        return credit.months().compareTo(BigDecimal.valueOf(rule.minimumMonths())) >= 0;
    }

    boolean entitledWithAggregation() {
        return totalMonths.compareTo(BigDecimal.valueOf(rule.minimumMonths())) >= 0;
    }

    /** Art. 57(1): less than one year of periods, and no right on them alone. */
    boolean underOneYearWithoutRight() {
        return credit.months().compareTo(BigDecimal.valueOf(PensionLaw.ONE_YEAR_IN_MONTHS)) < 0 && !entitledAlone();
    }

    void exempt() {
        art57 = Art57.EXEMPT;
    }

    void payForWholeCareer() {
        art57 = Art57.WHOLE_CAREER;
    }

    boolean paysWholeCareer() {
        return art57 == Art57.WHOLE_CAREER;
    }

    PensionCalculation calculate(BigDecimal denominator, boolean bilateral) {
        List<RequirementCheck> checks = new ArrayList<>();
        checks.add(NationalRounding.check(rounding, NationalRounding.recorded(rounding)));
        Map<String, String> facts = Map.of("state", credit.state().value(),
                "months", credit.months().toPlainString(), "totalMonths", totalMonths.toPlainString(),
                "minimumMonths", Integer.toString(rule.minimumMonths()));
        BigDecimal zero = PensionLaw.amount(BigDecimal.ZERO);
        if (art57 == Art57.EXEMPT) {
            checks.add(PensionLaw.check("UNDER_ONE_YEAR", "EU_883_ART57_1", RequirementResult.NOT_MET, facts,
                    credit.state(), credit.months().toPlainString()));
            return result(null, null, null, zero, "EU_883_ART57_1", checks);
        }
        BigDecimal independent = independent(checks, facts);
        if (!entitledWithAggregation()) {
            checks.add(PensionLaw.check("NO_RIGHT_WITH_AGGREGATION", "NO_RIGHT", RequirementResult.NOT_MET, facts,
                    credit.state(), totalMonths.toPlainString(), rule.minimumMonths()));
            return result(independent, null, null, independent == null ? zero : independent, "NO_RIGHT", checks);
        }
        if (art57 == Art57.NONE && !bilateral && annexVIII != null && annexVIII != PensionAnnexVIII.NOT_LISTED) {
            return AnnexEightPension.nationalOnly(credit, rule, annexVIII, capped(credit.months()), checks, facts,
                    rounding);
        }
        if (!bilateral && annexVIII == null) {
            checks.add(PensionLaw.check("ANNEX_VIII_UNKNOWN", "EU_883_ART52_4", RequirementResult.NEEDS_INFORMATION,
                    facts, credit.state()));
        }
        BigDecimal theoretical = theoretical();
        // Theoretical × own periods / all periods, divided exactly and brought to the cent once, by the state's rule:
        // a ratio rounded first could move a truncated amount by a cent.
        BigDecimal proRata = art57 == Art57.WHOLE_CAREER || credit.months().compareTo(denominator) >= 0
                ? theoretical
                : theoretical.multiply(credit.months()).divide(denominator, PensionLaw.AMOUNT_SCALE,
                rounding.rounding().mode());
        String basis = art57 == Art57.WHOLE_CAREER ? "EU_883_ART57_3"
                : bilateral ? "BILATERAL_TOTALISATION" : "EU_883_ART52_1_B";
        checks.add(PensionLaw.check("PRO_RATA", basis, RequirementResult.MET, facts, credit.state(),
                theoretical.toPlainString(), credit.months().toPlainString(), denominator.toPlainString(),
                proRata.toPlainString()));
        // At equal amounts the pro-rata (the "European" pension) is the one paid, as the CNAV presents it.
        boolean independentHigher = independent != null && independent.compareTo(proRata) > 0;
        BigDecimal due = independentHigher ? independent : proRata;
        Map<String, String> chosen = new java.util.HashMap<>(facts);
        chosen.put("chosen", independentHigher ? "INDEPENDENT" : "PRO_RATA");
        checks.add(PensionLaw.check("HIGHER_AMOUNT_DUE", "EU_883_ART52_3", RequirementResult.MET, chosen,
                credit.state(), due.toPlainString()));
        return result(independent, theoretical, proRata, due,
                art57 == Art57.WHOLE_CAREER ? "EU_883_ART57_3" : "EU_883_ART52_3", checks);
    }

    private BigDecimal independent(List<RequirementCheck> checks, Map<String, String> facts) {
        if (!entitledAlone()) {
            checks.add(PensionLaw.check("NO_INDEPENDENT_RIGHT", "EU_883_ART52_1_A", RequirementResult.NOT_MET, facts,
                    credit.state(), credit.months().toPlainString(), rule.minimumMonths()));
            return null;
        }
        BigDecimal amount;
        if (rule.independentAmount() != null) {
            amount = amount(rule.independentAmount());
        } else if (rule.monthlyAccrual() != null) {
            amount = amount(rule.monthlyAccrual().multiply(capped(credit.months())));
        } else {
            checks.add(PensionLaw.check("INDEPENDENT_NOT_GIVEN", "EU_883_ART52_1_A",
                    RequirementResult.NEEDS_INFORMATION, facts, credit.state()));
            return null;
        }
        checks.add(PensionLaw.check("INDEPENDENT_RIGHT", "EU_883_ART52_1_A", RequirementResult.MET, facts,
                credit.state(), amount.toPlainString()));
        return amount;
    }

    /** Art. 52(1)(b)(i): the amount as if every aggregated period had been completed under this legislation. */
    private BigDecimal theoretical() {
        if (rule.theoreticalAmount() != null) {
            return amount(rule.theoreticalAmount());
        }
        return amount(rule.monthlyAccrual().multiply(capped(totalMonths)));
    }

    private BigDecimal capped(BigDecimal months) {
        return rule.maximumMonths() > 0 ? months.min(BigDecimal.valueOf(rule.maximumMonths())) : months;
    }
}

package org.liaison.coordination.pensions;

import java.math.BigDecimal;
import org.liaison.shared.PartnerCode;

/**
 * A state's national pension rule, given as parameters (the registry's dated parameters come later). Amounts are
 * monthly euros with at most two decimals; null means "not given".
 *
 * @param minimumMonths       qualifying period of the national legislation, in months
 * @param monthlyAccrual      euros of monthly pension per month of period (an accrual rule), or null
 * @param maximumMonths       months beyond which the accrual rule credits nothing more, or 0 for no cap
 * @param theoreticalAmount   the amount the legislation would pay if every aggregated period were its own (when
 *                            the institution computed it), or null to derive it from the accrual
 * @param independentAmount   the national benefit without aggregation (when computed), or null to derive it
 * @param minimumPension      the minimum pension for a full career (Reg. 883/2004 art. 58), or null
 * @param annexVIII           the state's entry in Annex VIII (art. 52(4)–(5)), or null to use what Liaison knows of it
 * @param rounding            how the state rounds its amounts to the cent, or null to use the rule Liaison records
 *                            for the state at the pension date
 */
public record PensionRule(PartnerCode state, int minimumMonths, BigDecimal monthlyAccrual, int maximumMonths,
                          BigDecimal theoreticalAmount, BigDecimal independentAmount, BigDecimal minimumPension,
                          PensionAnnexVIII annexVIII, PensionRounding rounding) {

    /** A rule whose rounding is the one Liaison records for the state. */
    public PensionRule(PartnerCode state, int minimumMonths, BigDecimal monthlyAccrual, int maximumMonths,
                       BigDecimal theoreticalAmount, BigDecimal independentAmount, BigDecimal minimumPension,
                       PensionAnnexVIII annexVIII) {
        this(state, minimumMonths, monthlyAccrual, maximumMonths, theoreticalAmount, independentAmount, minimumPension,
                annexVIII, null);
    }

    /** A rule whose Annex VIII entry is looked up in what Liaison knows. */
    public PensionRule(PartnerCode state, int minimumMonths, BigDecimal monthlyAccrual, int maximumMonths,
                       BigDecimal theoreticalAmount, BigDecimal independentAmount, BigDecimal minimumPension) {
        this(state, minimumMonths, monthlyAccrual, maximumMonths, theoreticalAmount, independentAmount, minimumPension,
                null);
    }

    public static PensionRule accrual(String state, int minimumMonths, String monthlyAccrual, int maximumMonths) {
        return new PensionRule(PartnerCode.of(state), minimumMonths, new BigDecimal(monthlyAccrual), maximumMonths,
                null, null, null);
    }

    public static PensionRule amounts(String state, int minimumMonths, String theoretical, String independent) {
        return new PensionRule(PartnerCode.of(state), minimumMonths, null, 0, new BigDecimal(theoretical),
                independent == null ? null : new BigDecimal(independent), null);
    }

    public PensionRule withMinimumPension(String amount) {
        return new PensionRule(state, minimumMonths, monthlyAccrual, maximumMonths, theoreticalAmount,
                independentAmount, new BigDecimal(amount), annexVIII, rounding);
    }

    public PensionRule withAnnexVIII(PensionAnnexVIII entry) {
        return new PensionRule(state, minimumMonths, monthlyAccrual, maximumMonths, theoreticalAmount,
                independentAmount, minimumPension, entry, rounding);
    }

    public PensionRule withRounding(PensionRounding mode) {
        return new PensionRule(state, minimumMonths, monthlyAccrual, maximumMonths, theoreticalAmount,
                independentAmount, minimumPension, annexVIII, mode);
    }
}

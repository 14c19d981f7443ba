package org.liaison.coordination.pensions;

import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import java.math.BigDecimal;
import java.util.List;
import org.liaison.shared.PartnerCode;

/**
 * One state's pension (Reg. 883/2004 art. 52): independent benefit (null when the national rule gives no right
 * alone or it could not be computed), theoretical and pro-rata amounts (null when there is no right even with
 * aggregation), and the amount due, the higher of the two (art. 52(3)). Monthly euros, scale 2, each brought to
 * the cent by the state's own rule ({@code rounding}, the check {@code NATIONAL_ROUNDING} says on what source).
 */
public record PensionCalculation(PartnerCode state, BigDecimal independent, BigDecimal theoretical,
                                 BigDecimal proRata, BigDecimal amountDue, Provision basis,
                                 List<RequirementCheck> checks, PensionRounding rounding) {

    public PensionCalculation {
        checks = List.copyOf(checks);
    }

    /** A calculation rounded half-even, Liaison's default where no national rule is recorded. */
    public PensionCalculation(PartnerCode state, BigDecimal independent, BigDecimal theoretical, BigDecimal proRata,
                              BigDecimal amountDue, Provision basis, List<RequirementCheck> checks) {
        this(state, independent, theoretical, proRata, amountDue, basis, checks, PensionRounding.HALF_EVEN);
    }
}

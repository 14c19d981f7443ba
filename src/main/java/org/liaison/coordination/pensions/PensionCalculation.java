package org.liaison.coordination.pensions;

import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import java.math.BigDecimal;
import java.util.List;
import org.liaison.shared.PartnerCode;

/**
 * One state's pension (Reg. 883/2004 art. 52): independent benefit (null when the national rule gives no right
 * alone or it could not be computed), theoretical and pro-rata amounts (null when there is no right even with
 * aggregation), and the amount due, the higher of the two (art. 52(3)). Monthly euros, scale 2.
 */
public record PensionCalculation(PartnerCode state, BigDecimal independent, BigDecimal theoretical,
                                 BigDecimal proRata, BigDecimal amountDue, Provision basis,
                                 List<RequirementCheck> checks) {

    public PensionCalculation {
        checks = List.copyOf(checks);
    }
}

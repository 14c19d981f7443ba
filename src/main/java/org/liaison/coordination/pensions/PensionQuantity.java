package org.liaison.coordination.pensions;

import java.math.BigDecimal;
import org.liaison.shared.PartnerCode;

/**
 * A period known only as a quantity in the unit its institution counts in (e.g. 6 French quarters, 250 days of a
 * 5-day scheme), converted by Reg. 987/2009 art. 13. Without dates it cannot be checked against overlapping periods,
 * which the estimate says.
 *
 * @param week the working week of the scheme, which fixes the conversion of days (null: the 6-day scheme, art. 13's
 *             general rule)
 */
public record PensionQuantity(PartnerCode state, String scheme, PensionPeriodKind kind, BigDecimal quantity,
                              PensionUnit unit, PensionWorkingWeek week) {

    public static PensionQuantity of(String state, String scheme, String quantity, PensionUnit unit) {
        return new PensionQuantity(PartnerCode.of(state), scheme, PensionPeriodKind.INSURANCE,
                new BigDecimal(quantity), unit, null);
    }
}

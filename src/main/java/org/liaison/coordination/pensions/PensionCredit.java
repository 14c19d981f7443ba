package org.liaison.coordination.pensions;

import java.math.BigDecimal;
import org.liaison.shared.PartnerCode;

/**
 * What a state is credited with after the overlap rules: calendar days, and months (whole calendar months plus
 * remaining days at 30 days a month, Reg. 987/2009 art. 13(1), 7-day scheme), exact to four decimals.
 */
public record PensionCredit(PartnerCode state, long days, BigDecimal months) {
}

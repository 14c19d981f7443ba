package org.liaison.coordination.benefits;

import java.math.BigDecimal;
import org.liaison.shared.PartnerCode;

/**
 * What a state with a lower priority pays on top of the benefits of the states before it (Reg. 883/2004 art.
 * 68(2)): zero when its own amount is not higher, or when the exception for residence-only rights applies.
 */
public record FamilySupplement(PartnerCode state, BigDecimal monthlyAmount, boolean exempted) {
}

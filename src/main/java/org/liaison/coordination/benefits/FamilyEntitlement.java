package org.liaison.coordination.benefits;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * A state's family benefits for the same children and the same period, on one ground.
 *
 * @param monthlyAmount what the state's legislation would pay alone for the month, in euros, at most two decimals
 * @param periodMonths  months of insurance or residence completed under that legislation (used by the pension
 *                      tie-break of Reg. 883/2004 art. 68(1)(b)(ii)); {@code null} when not known
 */
public record FamilyEntitlement(@Nullable PartnerCode state, @Nullable FamilyGround ground,
                                @Nullable BigDecimal monthlyAmount, @Nullable Integer periodMonths) {
}

package org.liaison.coordination.benefits;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * One comparison made for a state with a lower priority: its own amount of one kind (for one child, or for the
 * family) against the highest amount of the states before it, and the supplement it owes for it.
 *
 * @param kind   {@code null} when whole-family totals were compared
 * @param child  the child (from 1), {@code null} when the amounts are for the whole family
 */
public record FamilyComparisonLine(PartnerCode state, FamilyComparison basis, @Nullable FamilyBenefitKind kind,
                                   @Nullable Integer child, BigDecimal ownAmount, BigDecimal amountBefore,
                                   BigDecimal supplement, boolean exempted) {
}

package org.liaison.coordination.benefits;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One amount of a state's family benefits: its kind, the child it is for, and what that state's law pays a month.
 *
 * @param child         the child it is for, numbered from 1 in the order of {@link FamilyCase#children()};
 *                      {@code null} when the state's law grants the amount for the family as a whole
 * @param monthlyAmount euros a month, at most two decimals
 */
public record FamilyBenefit(@Nullable FamilyBenefitKind kind, @Nullable Integer child, @Nullable BigDecimal monthlyAmount) {
}

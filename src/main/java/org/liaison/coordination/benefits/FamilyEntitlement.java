package org.liaison.coordination.benefits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * A state's family benefits for the same children and the same period, on one ground.
 *
 * @param monthlyAmount what the state's legislation would pay alone for the month, in euros, at most two decimals;
 *                      when {@code benefits} are given and this is {@code null}, their sum
 * @param periodMonths  months of insurance or residence completed under that legislation (used by the pension
 *                      tie-break of Reg. 883/2004 art. 68(1)(b)(ii)); {@code null} when not known
 * @param benefits      the same amount by kind and, where that state's law grants it per child, by child; empty when
 *                      only the whole family's total is known (whole-family totals are then compared)
 * @param situation     what the parent does in that state; when given, the engine classifies the ground from it
 *                      (Decision F1) and {@code ground} may be left out
 */
public record FamilyEntitlement(@Nullable PartnerCode state, @Nullable FamilyGround ground,
                                @Nullable BigDecimal monthlyAmount, @Nullable Integer periodMonths,
                                List<FamilyBenefit> benefits, @Nullable FamilySituation situation) {

    public FamilyEntitlement {
        if (ground == null && situation != null) {
            ground = situation.ground();
        }
        benefits = benefits == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(benefits));
        if (monthlyAmount == null && !benefits.isEmpty() && benefits.stream()
                .allMatch(b -> b != null && b.monthlyAmount() != null)) {
            monthlyAmount = benefits.stream().map(FamilyBenefit::monthlyAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The amounts, without the parent's situation (the ground is given). */
    public FamilyEntitlement(@Nullable PartnerCode state, @Nullable FamilyGround ground,
                             @Nullable BigDecimal monthlyAmount, @Nullable Integer periodMonths,
                             List<FamilyBenefit> benefits) {
        this(state, ground, monthlyAmount, periodMonths, benefits, null);
    }

    /** Only the total for the whole family is known. */
    public FamilyEntitlement(@Nullable PartnerCode state, @Nullable FamilyGround ground,
                             @Nullable BigDecimal monthlyAmount, @Nullable Integer periodMonths) {
        this(state, ground, monthlyAmount, periodMonths, List.of());
    }

    /** Whether the amounts are given by kind (and possibly by child) rather than as a total only. */
    public boolean byKind() {
        return !benefits.isEmpty() && benefits.stream().allMatch(Objects::nonNull);
    }
}

package org.liaison.coordination.benefits;

import org.liaison.coordination.RequirementCheck;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * Which state pays family benefits by priority and what each other state adds (Reg. 883/2004 art. 68; Reg.
 * 987/2009 art. 58–60). Amounts are in euros, scale 2, computed exactly (no rounding is needed for differences
 * of two-decimal amounts; RoundingMode.HALF_EVEN would be used otherwise).
 *
 * @param totalMonthly what the family receives in all: priority amount plus supplements
 */
public record FamilyDecision(FamilyStatus status, @Nullable PartnerCode priorityState,
                             @Nullable BigDecimal priorityAmount, List<FamilySupplement> supplements,
                             @Nullable BigDecimal totalMonthly, List<RequirementCheck> checks,
                             List<BenefitProblem> problems) {

    public FamilyDecision {
        Objects.requireNonNull(status, "status");
        supplements = List.copyOf(supplements);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }
}

package org.liaison.coordination.benefits;

import org.liaison.coordination.RequirementCheck;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;

/**
 * Which state pays family benefits by priority and what each other state adds (Reg. 883/2004 art. 68; Reg.
 * 987/2009 art. 58–60). Amounts are in euros, scale 2, computed exactly; the only division (the half reimbursed
 * under Reg. 987/2009 art. 58) is rounded to the cent, RoundingMode.HALF_EVEN.
 *
 * @param instrumentIds    the instruments found in the registry between France and each other state on the date
 * @param totalMonthly     what the family receives in all: priority amount plus supplements
 * @param childPriorities  the priority state for each child (they differ only when children live apart)
 * @param costSharing      the reimbursement between the two states of employment, when Reg. 987/2009 art. 58 applies
 * @param provisionalState the state whose institution pays provisionally while the institutions disagree on the
 *                         priority: the state where the children live (Reg. 987/2009 art. 60(5) with art. 6(2))
 * @param comparison       which amounts were compared for the supplements ({@code null} when none was computed)
 * @param comparisons      each comparison made, state by state, kind by kind and, where so, child by child
 */
public record FamilyDecision(FamilyStatus status, @Nullable PartnerCode priorityState,
                             @Nullable BigDecimal priorityAmount, List<FamilySupplement> supplements,
                             @Nullable BigDecimal totalMonthly, List<RequirementCheck> checks,
                             List<FieldProblem> problems, List<String> instrumentIds,
                             List<FamilyChildPriority> childPriorities, @Nullable FamilyCostSharing costSharing,
                             @Nullable PartnerCode provisionalState, @Nullable FamilyComparison comparison,
                             List<FamilyComparisonLine> comparisons) {

    public FamilyDecision {
        Objects.requireNonNull(status, "status");
        supplements = List.copyOf(supplements);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
        instrumentIds = List.copyOf(instrumentIds);
        childPriorities = List.copyOf(childPriorities);
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
    }

    /** A decision without supplements computed (no comparison made). */
    public FamilyDecision(FamilyStatus status, @Nullable PartnerCode priorityState, @Nullable BigDecimal priorityAmount,
                          List<FamilySupplement> supplements, @Nullable BigDecimal totalMonthly,
                          List<RequirementCheck> checks, List<FieldProblem> problems, List<String> instrumentIds,
                          List<FamilyChildPriority> childPriorities, @Nullable FamilyCostSharing costSharing,
                          @Nullable PartnerCode provisionalState) {
        this(status, priorityState, priorityAmount, supplements, totalMonthly, checks, problems, instrumentIds,
                childPriorities, costSharing, provisionalState, null, List.of());
    }

    /** An invalid case: only its problems. */
    public static FamilyDecision invalid(List<FieldProblem> problems) {
        return new FamilyDecision(FamilyStatus.INVALID, null, null, List.of(), null, List.of(), problems, List.of(),
                List.of(), null, null);
    }
}

package org.liaison.coordination.internal.family;

import static org.liaison.coordination.internal.family.FamilyReferences.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.benefits.FamilyBenefit;
import org.liaison.coordination.benefits.FamilyBenefitKind;
import org.liaison.coordination.benefits.FamilyChildPriority;
import org.liaison.coordination.benefits.FamilyComparison;
import org.liaison.coordination.benefits.FamilyComparisonLine;
import org.liaison.coordination.benefits.FamilyCostSharing;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/**
 * The amounts once the order of priority is known. Each state after the first pays what its amount exceeds the
 * highest amount of the states before it (art. 68(2)), so the family receives, for each comparison, the highest
 * amount. What is compared depends on what the case gives:
 * <ul>
 * <li>benefits by kind: only benefits of the same kind are compared (CJEU C-347/12 Wiering), and, when every state
 * concerned grants that kind per child, child by child, a surplus for one child never reducing another's supplement
 * (Bundesfinanzhof III R 9/15 and III R 34/15, on the Familienkasse's computations);</li>
 * <li>totals only (the first version of the API): each state's total for the whole family, as before.</li>
 * </ul>
 * A right on residence alone owes nothing for children living elsewhere (art. 68(2), last sentence): child by child
 * this is applied exactly; on family amounts with some children living elsewhere an officer computes it.
 * Amounts: scale 2; the half of Reg. 987/2009 art. 58 is rounded to the cent, RoundingMode.HALF_EVEN.
 */
final class FamilyAmounts {

    private FamilyAmounts() {
    }

    /** One thing compared: a kind (null for totals) and a child (null for the family as a whole). */
    private record Key(@Nullable FamilyBenefitKind kind, @Nullable Integer child, FamilyComparison basis) {
    }

    static FamilyDecision decide(List<FamilyEntitlement> order, List<PartnerCode> children, List<RequirementCheck> checks,
                                 List<String> instrumentIds, List<FamilyChildPriority> perChild) {
        FamilyEntitlement priority = order.get(0);
        List<Key> keys = keys(order);
        FamilyComparison comparison = keys.stream().allMatch(k -> k.basis() == FamilyComparison.PER_CHILD)
                ? FamilyComparison.PER_CHILD : keys.get(0).basis() == FamilyComparison.WHOLE_FAMILY
                ? FamilyComparison.WHOLE_FAMILY : FamilyComparison.PER_KIND;
        if (order.size() > 1) {
            checks.add(FamilyEngine.check("COMPARISON_" + comparison.name(), RequirementResult.MET,
                    Map.of("comparison", comparison.name(), "comparisons", String.valueOf(keys.size())),
                    comparisonReference(comparison), "family.check.comparison." + comparison.name()));
        }
        Map<Key, BigDecimal> highest = new LinkedHashMap<>();
        keys.forEach(k -> highest.put(k, amount(priority, k)));
        BigDecimal total = scaled(priority.monthlyAmount());
        boolean assess = false;
        List<FamilySupplement> supplements = new ArrayList<>();
        List<FamilyComparisonLine> lines = new ArrayList<>();
        for (FamilyEntitlement other : order.subList(1, order.size())) {
            boolean residenceOnly = other.ground() == FamilyGround.RESIDENCE;
            long living = children.stream().filter(other.state()::equals).count();
            BigDecimal stateSupplement = scaled(BigDecimal.ZERO);
            BigDecimal before = scaled(BigDecimal.ZERO);
            boolean allExempted = true;
            boolean partly = false;
            for (Key key : keys) {
                BigDecimal own = amount(other, key);
                BigDecimal highestBefore = highest.get(key);
                before = before.add(highestBefore);
                boolean exempted = residenceOnly && (key.child() != null
                        ? !other.state().equals(children.get(key.child() - 1)) : living == 0);
                partly |= residenceOnly && key.child() == null && living > 0 && living < children.size();
                BigDecimal supplement = exempted ? scaled(BigDecimal.ZERO) : scaled(own.subtract(highestBefore).max(BigDecimal.ZERO));
                lines.add(new FamilyComparisonLine(other.state(), key.basis(), key.kind(), key.child(), own, highestBefore,
                        supplement, exempted));
                stateSupplement = stateSupplement.add(supplement);
                allExempted &= exempted;
                if (!exempted) {
                    highest.put(key, highestBefore.max(own));
                }
            }
            assess |= partly;
            BigDecimal own = scaled(other.monthlyAmount());
            supplements.add(new FamilySupplement(other.state(), stateSupplement, allExempted));
            String code = allExempted ? "SUPPLEMENT_EXEMPTED_RESIDENCE_ONLY" : partly ? "SUPPLEMENT_PARTLY_EXEMPTED" : "DIFFERENTIAL_SUPPLEMENT";
            checks.add(FamilyEngine.check(code,
                    allExempted ? RequirementResult.NOT_MET : partly ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                    Map.of("state", other.state().value(), "ownAmount", own.toPlainString(),
                            "amountBefore", before.toPlainString(),
                            "supplement", stateSupplement.toPlainString(), "comparison", comparison.name()),
                    allExempted || partly ? SUPPLEMENT_EXCEPTION : SUPPLEMENT,
                    allExempted ? "family.check.supplement.exempted" : partly ? "family.check.supplement.partly" : "family.check.supplement"));
            total = total.add(stateSupplement);
        }
        FamilyCostSharing sharing = costSharing(order, children, checks);
        if (order.size() > 1) {
            checks.add(FamilyEngine.check("CLAIM_WITH_ANY_INSTITUTION", RequirementResult.MET,
                    Map.of("priorityState", priority.state().value()), CLAIM, "family.check.claim"));
        }
        return new FamilyDecision(assess ? FamilyStatus.NEEDS_ASSESSMENT : FamilyStatus.DECIDED, priority.state(),
                scaled(priority.monthlyAmount()), supplements, total, checks, List.of(), instrumentIds, perChild, sharing,
                null, order.size() > 1 ? comparison : null, lines);
    }

    /**
     * What is compared: with a total only for any state, the whole family's totals; otherwise each kind any state
     * pays, child by child when every state paying that kind gives it per child, else for the family.
     */
    private static List<Key> keys(List<FamilyEntitlement> order) {
        if (!order.stream().allMatch(FamilyEntitlement::byKind)) {
            return List.of(new Key(null, null, FamilyComparison.WHOLE_FAMILY));
        }
        Set<FamilyBenefitKind> kinds = new LinkedHashSet<>();
        order.forEach(e -> e.benefits().forEach(b -> kinds.add(b.kind())));
        List<Key> keys = new ArrayList<>();
        for (FamilyBenefitKind kind : kinds) {
            List<FamilyBenefit> ofKind = order.stream().flatMap(e -> e.benefits().stream()).filter(b -> b.kind() == kind).toList();
            if (ofKind.stream().allMatch(b -> b.child() != null)) {
                new TreeSet<>(ofKind.stream().map(FamilyBenefit::child).toList())
                        .forEach(child -> keys.add(new Key(kind, child, FamilyComparison.PER_CHILD)));
            } else {
                keys.add(new Key(kind, null, FamilyComparison.PER_KIND));
            }
        }
        return keys;
    }

    /** A state's amount for what is compared: its total, its kind's total, or its kind for the child (zero if none). */
    private static BigDecimal amount(FamilyEntitlement e, Key key) {
        if (key.basis() == FamilyComparison.WHOLE_FAMILY) {
            return scaled(e.monthlyAmount());
        }
        return scaled(e.benefits().stream().filter(b -> b.kind() == key.kind())
                .filter(b -> key.child() == null || Objects.equals(b.child(), key.child()))
                .map(FamilyBenefit::monthlyAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static LegalReference comparisonReference(FamilyComparison comparison) {
        return switch (comparison) {
            case WHOLE_FAMILY -> COMPARE_WHOLE_FAMILY;
            case PER_KIND -> COMPARE_PER_KIND;
            case PER_CHILD -> COMPARE_PER_CHILD;
        };
    }

    /**
     * Reg. 987/2009 art. 58: both first rights rest on an activity and no child lives in either state: the state with
     * the highest amount (first in the order) pays it in full; the other reimburses half, at most its own amount.
     */
    private static FamilyCostSharing costSharing(List<FamilyEntitlement> order, List<PartnerCode> children,
                                                 List<RequirementCheck> checks) {
        if (order.size() < 2 || order.get(0).ground() != FamilyGround.ACTIVITY || order.get(1).ground() != FamilyGround.ACTIVITY
                || children.contains(order.get(0).state()) || children.contains(order.get(1).state())) {
            return null;
        }
        BigDecimal half = order.get(0).monthlyAmount().divide(BigDecimal.valueOf(2), AMOUNT_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal reimbursed = scaled(half.min(order.get(1).monthlyAmount()));
        checks.add(FamilyEngine.check("COST_SHARING", RequirementResult.MET,
                Map.of("payingState", order.get(0).state().value(), "reimbursingState", order.get(1).state().value(),
                        "fullAmount", scaled(order.get(0).monthlyAmount()).toPlainString(), "reimbursed", reimbursed.toPlainString()),
                COST_SHARING, "family.check.costSharing"));
        return new FamilyCostSharing(order.get(0).state(), order.get(1).state(), reimbursed);
    }

    static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }
}

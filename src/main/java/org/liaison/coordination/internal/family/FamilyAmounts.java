package org.liaison.coordination.internal.family;

import static org.liaison.coordination.internal.family.FamilyReferences.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.benefits.FamilyChildPriority;
import org.liaison.coordination.benefits.FamilyCostSharing;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.shared.PartnerCode;

/**
 * The amounts once the order of priority is known. Each state after the first pays what its amount exceeds the
 * highest amount of the states before it (art. 68(2)), so the family receives the highest amount in all; the
 * amounts compared are each state's benefits for the whole family (Reg. 987/2009 art. 60(1); CJEU C-347/12
 * Wiering). A right on residence alone owes nothing for children living elsewhere (art. 68(2), last sentence).
 * Amounts: scale 2; the half of Reg. 987/2009 art. 58 is rounded to the cent, RoundingMode.HALF_EVEN.
 */
final class FamilyAmounts {

    private FamilyAmounts() {
    }

    static FamilyDecision decide(List<FamilyEntitlement> order, List<PartnerCode> children, List<RequirementCheck> checks,
                                 List<String> instrumentIds, List<FamilyChildPriority> perChild) {
        FamilyEntitlement priority = order.get(0);
        BigDecimal highest = scaled(priority.monthlyAmount());
        BigDecimal total = highest;
        boolean assess = false;
        List<FamilySupplement> supplements = new ArrayList<>();
        for (FamilyEntitlement other : order.subList(1, order.size())) {
            BigDecimal own = scaled(other.monthlyAmount());
            long living = children.stream().filter(other.state()::equals).count();
            boolean residenceOnly = other.ground() == FamilyGround.RESIDENCE;
            boolean exempted = residenceOnly && living == 0;
            boolean partly = residenceOnly && living > 0 && living < children.size();
            assess |= partly;
            BigDecimal supplement = exempted ? scaled(BigDecimal.ZERO) : own.subtract(highest).max(BigDecimal.ZERO);
            supplement = scaled(supplement);
            supplements.add(new FamilySupplement(other.state(), supplement, exempted));
            String code = exempted ? "SUPPLEMENT_EXEMPTED_RESIDENCE_ONLY" : partly ? "SUPPLEMENT_PARTLY_EXEMPTED" : "DIFFERENTIAL_SUPPLEMENT";
            checks.add(FamilyEngine.check(code,
                    exempted ? RequirementResult.NOT_MET : partly ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                    Map.of("state", other.state().value(), "ownAmount", own.toPlainString(),
                            "amountBefore", highest.toPlainString(), "supplement", supplement.toPlainString()),
                    exempted || partly ? SUPPLEMENT_EXCEPTION : SUPPLEMENT,
                    exempted ? "family.check.supplement.exempted" : partly ? "family.check.supplement.partly" : "family.check.supplement"));
            total = total.add(supplement);
            if (!exempted) {
                highest = highest.max(own);
            }
        }
        FamilyCostSharing sharing = costSharing(order, children, checks);
        if (order.size() > 1) {
            checks.add(FamilyEngine.check("CLAIM_WITH_ANY_INSTITUTION", RequirementResult.MET,
                    Map.of("priorityState", priority.state().value()), CLAIM, "family.check.claim"));
        }
        return new FamilyDecision(assess ? FamilyStatus.NEEDS_ASSESSMENT : FamilyStatus.DECIDED, priority.state(),
                scaled(priority.monthlyAmount()), supplements, total, checks, List.of(), instrumentIds, perChild, sharing, null);
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

package org.liaison.coordination.internal.family;

import static org.liaison.coordination.internal.family.FamilyReferences.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.benefits.BenefitProblem;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.coordination.benefits.FamilySupplement;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/**
 * Priority between states paying family benefits for the same children and period (Reg. 883/2004 art. 68(1)),
 * and the differential supplements of the other states (art. 68(2); Reg. 987/2009 art. 58–60). Each state after
 * the first pays what its amount exceeds the highest amount of the states before it, so the family receives the
 * highest amount in all. Amounts: BigDecimal, scale 2, RoundingMode.HALF_EVEN (exact for two-decimal inputs).
 * Pure: no clock, no framework.
 */
public final class FamilyEngine {

    private static final String P_PRIORITY = "EU_883_ART68_1";
    private static final String P_SUPPLEMENT = "EU_883_ART68_2";

    public FamilyDecision decide(FamilyCase c) {
        List<BenefitProblem> problems = FamilyValidation.problems(c);
        if (!problems.isEmpty()) {
            return new FamilyDecision(FamilyStatus.INVALID, null, null, List.of(), null, List.of(), problems);
        }
        PartnerCode children = c.childrenResidence();
        List<FamilyEntitlement> order = new ArrayList<>(c.entitlements());
        order.sort(Comparator.comparing(FamilyEntitlement::ground).thenComparing(tieBreak(children)));
        List<RequirementCheck> checks = new ArrayList<>();
        checks.add(check("PRIORITY_BY_GROUND", P_PRIORITY, RequirementResult.MET, grounds(order), GROUNDS, "family.check.ground"));
        boolean unresolved = false;
        for (int i = 0; i + 1 < order.size(); i++) {
            FamilyEntitlement a = order.get(i);
            FamilyEntitlement b = order.get(i + 1);
            if (a.ground() != b.ground()) {
                continue;
            }
            boolean tie = tieBreak(children).compare(a, b) == 0;
            unresolved |= tie;
            checks.add(check("TIE_BREAK_" + a.ground().name(), P_PRIORITY,
                    tie ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                    Map.of("first", a.state().value(), "second", b.state().value(), "childrenResidence", children.value()),
                    tieReference(a.ground()), tie ? "family.check.tie.unresolved" : "family.check.tie." + key(a.ground())));
        }
        if (unresolved) {
            return new FamilyDecision(FamilyStatus.NEEDS_ASSESSMENT, null, null, List.of(), null, checks, List.of());
        }
        FamilyEntitlement priority = order.get(0);
        BigDecimal highest = scaled(priority.monthlyAmount());
        BigDecimal total = highest;
        List<FamilySupplement> supplements = new ArrayList<>();
        for (FamilyEntitlement other : order.subList(1, order.size())) {
            BigDecimal own = scaled(other.monthlyAmount());
            boolean exempted = other.ground() == FamilyGround.RESIDENCE && !other.state().equals(children);
            BigDecimal supplement = exempted ? scaled(BigDecimal.ZERO) : own.subtract(highest).max(BigDecimal.ZERO).setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN);
            supplements.add(new FamilySupplement(other.state(), supplement, exempted));
            checks.add(check(exempted ? "SUPPLEMENT_EXEMPTED_RESIDENCE_ONLY" : "DIFFERENTIAL_SUPPLEMENT", P_SUPPLEMENT,
                    exempted ? RequirementResult.NOT_MET : RequirementResult.MET,
                    Map.of("state", other.state().value(), "ownAmount", own.toPlainString(),
                            "amountBefore", highest.toPlainString(), "supplement", supplement.toPlainString()),
                    exempted ? SUPPLEMENT_EXCEPTION : SUPPLEMENT,
                    exempted ? "family.check.supplement.exempted" : "family.check.supplement"));
            total = total.add(supplement);
            if (!exempted) {
                highest = highest.max(own);
            }
        }
        return new FamilyDecision(FamilyStatus.DECIDED, priority.state(), scaled(priority.monthlyAmount()), supplements,
                total, checks, List.of());
    }

    /** Art. 68(1)(b): the order between two rights on the same ground; 0 means the tie-breaks leave them equal. */
    private static Comparator<FamilyEntitlement> tieBreak(PartnerCode children) {
        Comparator<FamilyEntitlement> childrenFirst = Comparator.comparing(e -> !e.state().equals(children));
        return (a, b) -> {
            int byResidence = childrenFirst.compare(a, b);
            if (byResidence != 0 || a.ground() != b.ground()) {
                return byResidence;
            }
            return switch (a.ground()) {
                case ACTIVITY -> b.monthlyAmount().compareTo(a.monthlyAmount());
                case PENSION -> a.periodMonths() == null || b.periodMonths() == null ? 0
                        : Integer.compare(b.periodMonths(), a.periodMonths());
                case RESIDENCE -> 0;
            };
        };
    }

    private static LegalReference tieReference(FamilyGround ground) {
        return switch (ground) {
            case ACTIVITY -> TIE_ACTIVITY;
            case PENSION -> TIE_PENSION;
            case RESIDENCE -> TIE_RESIDENCE;
        };
    }

    private static String key(FamilyGround ground) {
        return ground.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> grounds(List<FamilyEntitlement> order) {
        Map<String, String> facts = new LinkedHashMap<>();
        order.forEach(e -> facts.put(e.state().value(), e.ground().name()));
        return facts;
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }

    private static RequirementCheck check(String code, String provision, RequirementResult result, Map<String, String> facts,
                                          LegalReference reference, String textKey) {
        return new RequirementCheck(code, provision, result, facts, reference, BenefitTexts.text(textKey));
    }
}

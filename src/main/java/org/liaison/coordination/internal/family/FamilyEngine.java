package org.liaison.coordination.internal.family;

import static org.liaison.coordination.internal.family.FamilyReferences.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyChildPriority;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyGround;
import org.liaison.coordination.benefits.FamilyPriority;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/**
 * Priority between states paying family benefits for the same children and period (Reg. 883/2004 art. 68(1)),
 * decided for each child's state of residence, after the registry says that Reg. 883/2004 coordinates the states on
 * the date; then the differential supplements (art. 68(2)) and the cost sharing of Reg. 987/2009 art. 58 (see
 * {@link FamilyAmounts}). Pure: no clock, no framework.
 */
public final class FamilyEngine implements FamilyPriority {

    static final String P_PRIORITY = "EU_883_ART68_1";
    private static final PartnerCode HOME = PartnerCode.of("FR");

    private final AgreementRegistry registry;

    public FamilyEngine(AgreementRegistry registry) {
        this.registry = registry;
    }

    @Override
    public FamilyDecision decide(FamilyCase c) {
        List<FieldProblem> problems = FamilyValidation.problems(c,
                state -> HOME.equals(state) || registry.partner(state).isPresent());
        if (!problems.isEmpty()) {
            return FamilyDecision.invalid(problems);
        }
        FamilyCoordination.Result coordination = FamilyCoordination.of(registry, c);
        List<RequirementCheck> checks = new ArrayList<>(coordination.checks());
        if (coordination.outcome() != null) {
            return new FamilyDecision(coordination.outcome(), null, null, List.of(), null, checks, List.of(),
                    coordination.instrumentIds(), List.of(), null, null);
        }
        for (FamilyEntitlement e : c.entitlements()) {
            if (e.situation() != null) {
                checks.add(check("GROUND_FROM_SITUATION", RequirementResult.MET,
                        Map.of("state", e.state().value(), "situation", e.situation().name(), "ground", e.ground().name()),
                        DECISION_F1, "family.check.situation." + e.situation().name()));
            }
        }
        checks.add(check("PRIORITY_BY_GROUND", RequirementResult.MET, grounds(c.entitlements()), GROUNDS, "family.check.ground"));
        Map<PartnerCode, List<FamilyEntitlement>> orders = new LinkedHashMap<>();
        Map<PartnerCode, Boolean> tied = new LinkedHashMap<>();
        for (PartnerCode residence : new LinkedHashSet<>(c.children())) {
            List<FamilyEntitlement> order = new ArrayList<>(c.entitlements());
            order.sort(Comparator.comparing(FamilyEntitlement::ground).thenComparing(tieBreak(residence)));
            orders.put(residence, order);
            tied.put(residence, tieChecks(order, residence, checks));
        }
        List<FamilyChildPriority> perChild = new ArrayList<>();
        for (int i = 0; i < c.children().size(); i++) {
            PartnerCode residence = c.children().get(i);
            perChild.add(new FamilyChildPriority(i + 1, residence, tied.get(residence) ? null : orders.get(residence).get(0).state()));
        }
        if (tied.containsValue(true)) {
            PartnerCode provisional = orders.size() == 1 && c.entitlements().stream()
                    .anyMatch(e -> e.state().equals(c.children().get(0))) ? c.children().get(0) : null;
            if (provisional != null) {
                checks.add(check("PROVISIONAL_PAYMENT", RequirementResult.MET, Map.of("state", provisional.value()),
                        PROVISIONAL, "family.check.provisional"));
            }
            return new FamilyDecision(FamilyStatus.NEEDS_ASSESSMENT, null, null, List.of(), null, checks, List.of(),
                    coordination.instrumentIds(), perChild, null, provisional);
        }
        if (orders.values().stream().map(o -> o.stream().map(FamilyEntitlement::state).toList()).distinct().count() > 1) {
            checks.add(check("PRIORITY_PER_CHILD", RequirementResult.NEEDS_ASSESSMENT,
                    Map.of("children", String.valueOf(c.children().size())), PER_CHILD, "family.check.perChild"));
            return new FamilyDecision(FamilyStatus.NEEDS_ASSESSMENT, null, null, List.of(), null, checks, List.of(),
                    coordination.instrumentIds(), perChild, null, null);
        }
        return FamilyAmounts.decide(orders.values().iterator().next(), c.children(), checks,
                coordination.instrumentIds(), perChild);
    }

    /** Checks each pair of rights on the same ground; true when the tie-breaks leave two states equal. */
    private static boolean tieChecks(List<FamilyEntitlement> order, PartnerCode children, List<RequirementCheck> checks) {
        boolean unresolved = false;
        for (int i = 0; i + 1 < order.size(); i++) {
            FamilyEntitlement a = order.get(i);
            FamilyEntitlement b = order.get(i + 1);
            if (a.ground() != b.ground()) {
                continue;
            }
            boolean tie = tieBreak(children).compare(a, b) == 0;
            unresolved |= tie;
            checks.add(check("TIE_BREAK_" + a.ground().name(), tie ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET,
                    Map.of("first", a.state().value(), "second", b.state().value(), "childrenResidence", children.value()),
                    tieReference(a.ground()), tie ? "family.check.tie.unresolved" : "family.check.tie." + key(a.ground())));
        }
        return unresolved;
    }

    /** Art. 68(1)(b): the order between two rights on the same ground; 0 means the tie-breaks leave them equal. */
    static Comparator<FamilyEntitlement> tieBreak(PartnerCode children) {
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

    private static Map<String, String> grounds(List<FamilyEntitlement> entitlements) {
        Map<String, String> facts = new LinkedHashMap<>();
        entitlements.forEach(e -> facts.put(e.state().value(), e.ground().name()));
        return facts;
    }

    static RequirementCheck check(String code, RequirementResult result, Map<String, String> facts,
                                  LegalReference reference, String textKey) {
        String provision = code.startsWith("DIFFERENTIAL") || code.startsWith("SUPPLEMENT")
                || code.startsWith("COMPARISON") ? "EU_883_ART68_2"
                : code.startsWith("COST") ? "EU_987_ART58" : code.startsWith("CLAIM") || code.startsWith("PROVISIONAL")
                ? "EU_987_ART60" : P_PRIORITY;
        return new RequirementCheck(code, provision, result, facts, reference, BenefitTexts.message(textKey));
    }
}

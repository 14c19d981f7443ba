package org.liaison.coordination.internal.family;

import static org.liaison.coordination.internal.family.FamilyReferences.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.InstrumentKind;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyEntitlement;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.shared.Branch;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/**
 * Before any priority: which instrument governs between France and each other state on the date, and whether it
 * coordinates family benefits. Art. 68 applies only under Reg. 883/2004 (EU, EEA, Switzerland, Withdrawal
 * Agreement); a convention that covers family benefits has rules of its own; with none, or one that leaves family
 * benefits out (the EU–UK protocol), each state applies its own law alone.
 */
final class FamilyCoordination {

    /** {@code outcome} is null when art. 68 applies. */
    record Result(FamilyStatus outcome, List<RequirementCheck> checks, List<String> instrumentIds) {
    }

    private static final PartnerCode HOME = PartnerCode.of("FR");
    private static final Set<InstrumentKind> REGULATION = EnumSet.of(InstrumentKind.EU_REGULATION, InstrumentKind.EEA,
            InstrumentKind.SWISS_AGREEMENT, InstrumentKind.UK_WITHDRAWAL);

    private FamilyCoordination() {
    }

    static Result of(AgreementRegistry registry, FamilyCase c) {
        Set<PartnerCode> states = new TreeSet<>(c.children());
        c.entitlements().forEach(e -> states.add(e.state()));
        states.remove(HOME);
        boolean france = c.entitlements().stream().map(FamilyEntitlement::state).anyMatch(HOME::equals);
        List<RequirementCheck> checks = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean assess = false;
        boolean uncoordinated = false;
        for (PartnerCode state : states) {
            Optional<GoverningInstrument> found = registry.governing(state, c.date());
            Map<String, String> facts = Map.of("state", state.value(), "date", c.date().toString(),
                    "instrument", found.map(g -> g.instrument().id()).orElse("none"));
            if (found.isEmpty()) {
                uncoordinated = true;
                checks.add(check("NO_INSTRUMENT", RequirementResult.NOT_MET, facts, FRENCH_LAW, "family.check.noInstrument"));
                continue;
            }
            GoverningInstrument gi = found.get();
            String id = gi.instrument().id();
            ids.add(id);
            LegalReference reference = new LegalReference(gi.instrument().citation(), gi.instrument().source());
            if (REGULATION.contains(gi.instrument().kind())) {
                boolean modelled = !id.contains("1408") && !id.contains("3-4-1959");
                assess |= !modelled || gi.uncertain();
                checks.add(check(modelled ? "REGULATION_COORDINATES" : "INSTRUMENT_NOT_MODELLED",
                        modelled && !gi.uncertain() ? RequirementResult.MET : RequirementResult.NEEDS_ASSESSMENT, facts,
                        modelled ? COORDINATED : reference, modelled ? "family.check.regulation" : "family.check.notModelled"));
            } else if (!france) {
                // The registry knows France's instruments only: between two other states an officer checks.
                assess = true;
                checks.add(check("OTHER_STATES_NOT_KNOWN", RequirementResult.NEEDS_ASSESSMENT, facts, reference,
                        "family.check.otherStates"));
            } else if (gi.covers(Branch.FAMILY)) {
                assess = true;
                checks.add(check("CONVENTION_OWN_RULES", RequirementResult.NEEDS_ASSESSMENT, facts, reference,
                        "family.check.convention"));
            } else if (gi.branches().isKnown() && (gi.branches().status() == FactStatus.VERIFIED
                    || gi.instrument().kind() == InstrumentKind.UK_TCA)) {
                // The protocol's list of branches is still to check for invalidity only; family benefits are out of it.
                uncoordinated = true;
                checks.add(check("FAMILY_NOT_COVERED", RequirementResult.NOT_MET, facts,
                        gi.instrument().kind() == InstrumentKind.UK_TCA ? TCA_SCOPE : reference, "family.check.notCovered"));
            } else {
                assess = true;
                checks.add(check("BRANCHES_UNCERTAIN", RequirementResult.NEEDS_ASSESSMENT, facts, reference,
                        "family.check.branchesUncertain"));
            }
        }
        if (uncoordinated && states.size() > 1) {
            assess = true;
        }
        FamilyStatus outcome = assess ? FamilyStatus.NEEDS_ASSESSMENT : uncoordinated ? FamilyStatus.NOT_COORDINATED : null;
        return new Result(outcome, checks, ids);
    }

    private static RequirementCheck check(String code, RequirementResult result, Map<String, String> facts,
                                          LegalReference reference, String key) {
        return new RequirementCheck(code, "FAMILY_COORDINATION", result, facts, reference, BenefitTexts.message(key));
    }
}

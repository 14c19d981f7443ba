package org.liaison.coordination.internal.unemployment;

import static org.liaison.coordination.internal.unemployment.UnemploymentParameters.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.care.UnemploymentAssessment;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.internal.unemployment.UnemploymentInstruments.Coordination;

/**
 * The states of residence and of last activity are not linked by the regulation: a bilateral convention (which
 * never coordinates unemployment in France's conventions, securite-sociale.fr), no instrument at all, the EU-UK
 * Trade and Cooperation Agreement (its own unemployment chapter, not modelled here) or a pair of states whose
 * instrument the registry does not record. No state is designated by a coordination rule.
 */
final class NotCoordinated {

    private NotCoordinated() {
    }

    static UnemploymentAssessment assess(UnemploymentClaim claim, Coordination c, List<RequirementCheck> checks) {
        Map<String, String> facts = new HashMap<>();
        facts.put("residenceState", claim.residenceState());
        facts.put("lastActivityState", claim.lastActivityState());
        if (c.instrumentId() != null) {
            facts.put("instrument", c.instrumentId());
        }
        String a = claim.residenceState();
        String b = claim.lastActivityState();
        RequirementCheck check = switch (c.family()) {
            case UK_TCA -> UnemploymentEngine.check("UK_TCA_NOT_MODELLED", "UK_TCA_SSC",
                    RequirementResult.NEEDS_ASSESSMENT, facts, UK_TCA, a, b);
            case CONVENTION -> c.coversUnemployment()
                    ? UnemploymentEngine.check("CONVENTION_NOT_MODELLED", "INSTRUMENT",
                            RequirementResult.NEEDS_ASSESSMENT, facts, c.reference(), c.instrumentId())
                    : UnemploymentEngine.check("CONVENTION_EXCLUDES_UNEMPLOYMENT", "NATIONAL_LAW",
                            RequirementResult.NOT_MET, facts, c.reference(), c.instrumentId());
            case NONE -> UnemploymentEngine.check("NO_INSTRUMENT", "NATIONAL_LAW", RequirementResult.NEEDS_ASSESSMENT,
                    facts, GOVERNING, a, b);
            default -> UnemploymentEngine.check("INSTRUMENT_NOT_RECORDED", "INSTRUMENT",
                    RequirementResult.NEEDS_ASSESSMENT, facts, GOVERNING, a, b);
        };
        checks.add(check);
        DecisionStatus status = check.result() == RequirementResult.NOT_MET ? DecisionStatus.DECIDED
                : DecisionStatus.NEEDS_ASSESSMENT;
        return new UnemploymentAssessment(status, null, check.provision(), c.instrumentId(), 0, null, null, checks,
                List.of(), List.of());
    }
}

package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_INFORMATION;

import java.util.Comparator;
import java.util.Map;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Provision;
import org.liaison.shared.PartnerCode;

/**
 * Reg. 883/2004 art. 11: no activity (11(3)(e), residence), activities all in one state: civil servants (11(3)(b),
 * the administration's state), seafarers (11(4), the flag, or the residence when paid by an undertaking seated
 * there), flight crew (11(5), the home base), everyone else (11(3)(a), lex loci laboris).
 */
final class SingleStatePolicy {

    Outcome inactive(Segment segment, Trace trace) {
        PartnerCode residence = segment.situation().person().residence();
        Provision p = Provisions.of("EU_883_ART11_3_E");
        trace.check("NO_ACTIVITY", p.code(), MET, Map.of("residence", residence.value()), p.reference(),
                "check.inactive", residence.value());
        return Outcome.decided(segment.period(), residence, p, segment.regime().instrumentId());
    }

    Outcome oneState(Segment segment, Trace trace) {
        Segment.Indexed chosen = segment.activities().stream()
                .min(Comparator.comparing((Segment.Indexed a) -> rank(a.activity().kind())).thenComparing(Segment.Indexed::index))
                .orElseThrow();
        PartnerCode state = chosen.activity().state();
        String instrument = segment.regime().instrumentId();
        return switch (chosen.activity().kind()) {
            case CIVIL_SERVANT -> civilServant(segment, chosen, trace);
            case SEAFARER -> seafarer(segment, chosen, trace);
            case FLIGHT_CREW -> {
                Provision p = Provisions.of("EU_883_ART11_5");
                trace.check("HOME_BASE", p.code(), MET, Map.of("homeBase", state.value()), p.reference(), "check.homeBase", state.value());
                yield Outcome.decided(segment.period(), state, p, instrument);
            }
            case EMPLOYED, SELF_EMPLOYED -> {
                Provision p = Provisions.of("EU_883_ART11_3_A");
                trace.check("ACTIVITY_STATE", p.code(), MET, Map.of("state", state.value()), p.reference(), "check.lexLoci", state.value());
                yield Outcome.decided(segment.period(), state, p, instrument);
            }
        };
    }

    /** Civil service first (11(3)(b) and 13(4)), then the special cases, then ordinary activity. */
    private static int rank(ActivityKind kind) {
        return switch (kind) {
            case CIVIL_SERVANT -> 0;
            case SEAFARER -> 1;
            case FLIGHT_CREW -> 2;
            case EMPLOYED -> 3;
            case SELF_EMPLOYED -> 4;
        };
    }

    Outcome civilServant(Segment segment, Segment.Indexed servant, Trace trace) {
        Provision p = Provisions.of("EU_883_ART11_3_B");
        if (servant.activity().employer() == null) {
            trace.missing(servant.path("employer"));
            trace.check("ADMINISTRATION_STATE", p.code(), NEEDS_INFORMATION, Map.of(), p.reference(), "check.administrationMissing");
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION);
        }
        PartnerCode administration = servant.activity().employer().seat();
        trace.check("ADMINISTRATION_STATE", p.code(), MET, Map.of("administration", administration.value()), p.reference(),
                "check.civilServant", administration.value());
        return Outcome.decided(segment.period(), administration, p, segment.regime().instrumentId());
    }

    private Outcome seafarer(Segment segment, Segment.Indexed seafarer, Trace trace) {
        PartnerCode flag = seafarer.activity().state();
        PartnerCode residence = segment.situation().person().residence();
        Provision flagRule = Provisions.of("EU_883_ART11_4");
        if (seafarer.activity().employer() == null) {
            trace.missing(seafarer.path("employer"));
            trace.check("EMPLOYER_SEAT", flagRule.code(), NEEDS_INFORMATION, Map.of(), flagRule.reference(), "check.seafarerEmployerMissing");
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION);
        }
        PartnerCode seat = seafarer.activity().employer().seat();
        if (!seat.equals(flag) && seat.equals(residence)) {
            Provision p = Provisions.of("EU_883_ART11_4_2");
            trace.check("PAID_BY_UNDERTAKING_IN_RESIDENCE_STATE", p.code(), MET, Map.of("flag", flag.value(),
                    "employerSeat", seat.value(), "residence", residence.value()), p.reference(), "check.seafarerResidence",
                    flag.value(), seat.value());
            return Outcome.decided(segment.period(), residence, p, segment.regime().instrumentId());
        }
        trace.check("FLAG_STATE", flagRule.code(), MET, Map.of("flag", flag.value(), "employerSeat", seat.value(),
                "residence", residence.value()), flagRule.reference(), "check.flag", flag.value());
        return Outcome.decided(segment.period(), flag, flagRule, segment.regime().instrumentId());
    }
}

package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_INFORMATION;

import java.util.Comparator;
import java.util.Map;
import org.liaison.coordination.Facts;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Provision;
import org.liaison.shared.PartnerCode;

/**
 * Reg. 883/2004 art. 11: no activity (11(3)(e), residence), activities all in one state: civil servants (11(3)(b),
 * the administration's state), seafarers (11(4), the flag, or the residence when paid by an undertaking seated
 * there), flight crew (11(5), the home base), everyone else (11(3)(a), lex loci laboris). Each provision returns
 * its outcome with the check that designates the state.
 */
final class SingleStatePolicy {

    Outcome inactive(Segment segment) {
        PartnerCode residence = segment.situation().person().residence();
        Provision p = Provisions.of("EU_883_ART11_3_E");
        return Outcome.decided(segment.period(), residence, p, segment.regime().instrumentId(),
                Finding.check("NO_ACTIVITY", p, MET, Facts.of("residence", residence.value()), "check.inactive",
                        residence.value()));
    }

    Outcome oneState(Segment segment) {
        Segment.Indexed chosen = segment.activities().stream()
                .min(Comparator.comparing((Segment.Indexed a) -> rank(a.activity().kind())).thenComparing(Segment.Indexed::index))
                .orElseThrow();
        PartnerCode state = chosen.activity().state();
        String instrument = segment.regime().instrumentId();
        return switch (chosen.activity().kind()) {
            case CIVIL_SERVANT -> civilServant(segment, chosen);
            case SEAFARER -> seafarer(segment, chosen);
            case FLIGHT_CREW -> {
                Provision p = Provisions.of("EU_883_ART11_5");
                yield Outcome.decided(segment.period(), state, p, instrument, Finding.check("HOME_BASE", p, MET,
                        Facts.of("homeBase", state.value()), "check.homeBase", state.value()));
            }
            case EMPLOYED, SELF_EMPLOYED -> {
                Provision p = Provisions.of("EU_883_ART11_3_A");
                yield Outcome.decided(segment.period(), state, p, instrument, Finding.check("ACTIVITY_STATE", p, MET,
                        Facts.of("state", state.value()), "check.lexLoci", state.value()));
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

    Outcome civilServant(Segment segment, Segment.Indexed servant) {
        Provision p = Provisions.of("EU_883_ART11_3_B");
        if (servant.activity().employer() == null) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION, Finding.check("ADMINISTRATION_STATE", p,
                    NEEDS_INFORMATION, Map.of(), "check.administrationMissing").missing(servant.path("employer")));
        }
        PartnerCode administration = servant.activity().employer().seat();
        return Outcome.decided(segment.period(), administration, p, segment.regime().instrumentId(),
                Finding.check("ADMINISTRATION_STATE", p, MET, Facts.of("administration", administration.value()),
                        "check.civilServant", administration.value()));
    }

    private Outcome seafarer(Segment segment, Segment.Indexed seafarer) {
        PartnerCode flag = seafarer.activity().state();
        PartnerCode residence = segment.situation().person().residence();
        Provision flagRule = Provisions.of("EU_883_ART11_4");
        if (seafarer.activity().employer() == null) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION, Finding.check("EMPLOYER_SEAT", flagRule,
                    NEEDS_INFORMATION, Map.of(), "check.seafarerEmployerMissing").missing(seafarer.path("employer")));
        }
        PartnerCode seat = seafarer.activity().employer().seat();
        if (!seat.equals(flag) && seat.equals(residence)) {
            Provision p = Provisions.of("EU_883_ART11_4_2");
            return Outcome.decided(segment.period(), residence, p, segment.regime().instrumentId(),
                    Finding.check("PAID_BY_UNDERTAKING_IN_RESIDENCE_STATE", p, MET, Facts.of("flag", flag.value(),
                            "employerSeat", seat.value(), "residence", residence.value()), "check.seafarerResidence",
                            flag.value(), seat.value()));
        }
        return Outcome.decided(segment.period(), flag, flagRule, segment.regime().instrumentId(),
                Finding.check("FLAG_STATE", flagRule, MET, Facts.of("flag", flag.value(), "employerSeat", seat.value(),
                        "residence", residence.value()), "check.flag", flag.value()));
    }
}

package org.liaison.coordination.internal.unemployment;

import java.time.LocalDate;
import java.util.Optional;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.UnknownPartnerException;
import org.liaison.shared.Branch;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/**
 * Which instrument coordinates unemployment between two states on a day, and its dated parameters, read from the
 * agreements registry. The registry records France's instruments: between two other states the regulation is found
 * only when both are bound by it through France's records (e.g. BE and DE, or CH and an EU state).
 */
final class UnemploymentInstruments {

    /** How an instrument coordinates unemployment. */
    enum Family { REGULATION_883, REGULATION_1408, UK_TCA, CONVENTION, NONE, UNRESOLVED }

    /** The instrument found for a pair of states; {@code instrumentId} and {@code partner} are null without one. */
    record Coordination(Family family, String instrumentId, PartnerCode partner, boolean coversUnemployment,
                        boolean uncertain, LegalReference reference) {

        boolean regulation() {
            return family == Family.REGULATION_883 || family == Family.REGULATION_1408;
        }
    }

    private final AgreementRegistry registry;

    UnemploymentInstruments(AgreementRegistry registry) {
        this.registry = registry;
    }

    Coordination between(String a, String b, LocalDate day) {
        String home = registry.home().code().value();
        if (a.equals(home) || b.equals(home)) {
            return of(a.equals(home) ? b : a, day);
        }
        Coordination first = of(a, day);
        Coordination second = of(b, day);
        if (!first.regulation() || first.family() != second.family()) {
            return new Coordination(Family.UNRESOLVED, null, null, false, false, null);
        }
        boolean firstEu = first.instrumentId().startsWith("eu-");
        boolean secondEu = second.instrumentId().startsWith("eu-");
        if (!firstEu && !secondEu) {
            // Two non-EU states (e.g. CH and NO) are linked by their own agreements, not recorded here.
            return new Coordination(Family.UNRESOLVED, null, null, false, false, null);
        }
        Coordination chosen = firstEu ? second : first;
        return new Coordination(chosen.family(), chosen.instrumentId(), chosen.partner(), true,
                first.uncertain() || second.uncertain(), chosen.reference());
    }

    private Coordination of(String state, LocalDate day) {
        if (!PartnerCode.isValid(state)) {
            return new Coordination(Family.NONE, null, null, false, false, null);
        }
        PartnerCode partner = PartnerCode.of(state);
        Optional<GoverningInstrument> governing;
        try {
            governing = registry.governing(partner, day);
        } catch (UnknownPartnerException e) {
            governing = Optional.empty();
        }
        if (governing.isEmpty()) {
            return new Coordination(Family.NONE, null, partner, false, false, null);
        }
        GoverningInstrument gi = governing.get();
        String id = gi.instrument().id();
        Family family = switch (gi.instrument().kind()) {
            case EU_REGULATION, EEA, SWISS_AGREEMENT -> id.contains("883") ? Family.REGULATION_883
                    : id.contains("1408") ? Family.REGULATION_1408 : Family.UNRESOLVED;
            case UK_WITHDRAWAL -> Family.REGULATION_883;
            case UK_TCA -> Family.UK_TCA;
            case BILATERAL, COORDINATION_DECREE -> Family.CONVENTION;
        };
        return new Coordination(family, id, partner, gi.covers(Branch.UNEMPLOYMENT), gi.uncertain(),
                new LegalReference(gi.instrument().citation(), gi.instrument().source()));
    }

    /** A months parameter of the instrument found, by the registry's rule; unknown without an instrument. */
    Parameter<Integer> parameter(Coordination coordination, LocalDate day, FactType type) {
        return coordination.instrumentId() == null ? Parameter.unknown()
                : registry.parameter(coordination.instrumentId(), coordination.partner(), day, type, Integer.class);
    }
}

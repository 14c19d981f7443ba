package org.liaison.coordination.internal.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.FactType;
import org.liaison.agreements.Parameter;
import org.liaison.shared.PartnerCode;

/**
 * The registry's dated parameters that {@link org.liaison.agreements.GoverningInstrument} does not carry (the 25 %
 * substantial part, the minimum prior affiliation...), read from the instrument's facts: a partner's own fact wins
 * over the instrument's general one; an absent or unknown fact is an unknown parameter, never a default.
 */
final class RuleParameters {

    private final AgreementRegistry registry;

    RuleParameters(AgreementRegistry registry) {
        this.registry = registry;
    }

    Parameter<Integer> integer(String instrumentId, PartnerCode partner, LocalDate day, FactType type) {
        Fact general = null;
        for (Fact fact : registry.facts(instrumentId, Optional.of(partner))) {
            if (fact.type() == type && fact.holdsFor(partner, day)) {
                if (fact.partner() != null) {
                    return parameter(fact);
                }
                general = general == null ? fact : general;
            }
        }
        return general == null ? Parameter.unknown() : parameter(general);
    }

    private static Parameter<Integer> parameter(Fact fact) {
        if (fact.status() == FactStatus.UNKNOWN) {
            return new Parameter.Unknown<>(fact.note());
        }
        return new Parameter.Known<>(Integer.valueOf(fact.value()), fact.status(), fact.source(), fact.note());
    }
}

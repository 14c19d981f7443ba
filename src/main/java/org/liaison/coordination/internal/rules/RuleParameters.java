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
        return value(instrumentId, partner, day, type, Integer::valueOf);
    }

    /** A yes/no parameter, e.g. whether a convention covers third-country nationals. */
    Parameter<Boolean> yesNo(String instrumentId, PartnerCode partner, LocalDate day, FactType type) {
        return value(instrumentId, partner, day, type, text -> switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("Not yes/no: " + text);
        });
    }

    private <T> Parameter<T> value(String instrumentId, PartnerCode partner, LocalDate day, FactType type,
                                   java.util.function.Function<String, T> parser) {
        Fact general = null;
        for (Fact fact : registry.facts(instrumentId, Optional.of(partner))) {
            if (fact.type() == type && fact.holdsFor(partner, day)) {
                if (fact.partner() != null) {
                    return parameter(fact, parser);
                }
                general = general == null ? fact : general;
            }
        }
        return general == null ? Parameter.unknown() : parameter(general, parser);
    }

    private static <T> Parameter<T> parameter(Fact fact, java.util.function.Function<String, T> parser) {
        if (fact.status() == FactStatus.UNKNOWN) {
            return new Parameter.Unknown<>(fact.note());
        }
        return new Parameter.Known<>(parser.apply(fact.value()), fact.status(), fact.source(), fact.note());
    }
}

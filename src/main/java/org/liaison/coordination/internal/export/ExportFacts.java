package org.liaison.coordination.internal.export;

import java.time.LocalDate;
import java.util.Optional;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.FactType;
import org.liaison.agreements.Parameter;
import org.liaison.shared.PartnerCode;

/**
 * The registry's dated facts the export engine needs (the unemployment export periods of Reg. 883/2004 art.
 * 64(1)(c) and Reg. 1408/71 art. 69(1)(c)): a partner's own fact wins over the instrument's general one; an absent
 * or unknown fact is an unknown parameter, never a default.
 */
final class ExportFacts {

    private final AgreementRegistry registry;

    ExportFacts(AgreementRegistry registry) {
        this.registry = registry;
    }

    Parameter<Integer> months(String instrumentId, PartnerCode partner, LocalDate day, FactType type) {
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
        return new Parameter.Known<>(Integer.valueOf(fact.value().trim()), fact.status(), fact.source(), fact.note());
    }
}

package org.liaison.exchange.institutions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An institution of the institution repository (IR): who it is, on which network, through which access point it
 * is reached, when it may be used and which BUCs it handles in which role.
 *
 * @param id          its IR id, {@code CC:code}
 * @param name        its name as published in the IR
 * @param acronym     its short name, if any (e.g. CNAV)
 * @param environment production or test network
 * @param accessPoint the id of the access point that serves it (e.g. {@code FR:AP01})
 * @param validFrom   first day it may be used
 * @param validTo     last day it may be used, or {@code null} when open-ended
 * @param removedOn   the day an import took it out of the IR (kept so that old cases still resolve its id; never
 *                    routed), or {@code null}
 * @param bucs        the BUCs it handles with its role in each, sorted by BUC then role
 */
public record Institution(InstitutionId id, String name, @Nullable String acronym, ExchangeEnvironment environment,
                          String accessPoint, LocalDate validFrom, @Nullable LocalDate validTo,
                          @Nullable LocalDate removedOn, List<InstitutionBuc> bucs) {

    public Institution {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(environment);
        Objects.requireNonNull(accessPoint);
        Objects.requireNonNull(validFrom);
        bucs = List.copyOf(bucs);
    }

    /** The EESSI country code (EL for Greece, UK for the United Kingdom). */
    public String country() {
        return id.country();
    }

    /** Whether the institution may be used on that day: in the IR and within its validity. */
    public boolean validOn(LocalDate day) {
        return removedOn == null && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The BUCs it handles (in any role), each once, in order. */
    public List<String> bucTypes() {
        return bucs.stream().map(InstitutionBuc::bucType).distinct().toList();
    }

    /** Whether it takes that role in that BUC. */
    public boolean handles(String bucType, InstitutionRole role) {
        return bucs.contains(new InstitutionBuc(bucType, role));
    }
}

package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartialDate;
import org.liaison.shared.PartnerCode;

/**
 * One dated fact about an instrument, as recorded with its source. A {@code null} partner means the fact holds
 * for every partner of the instrument; an {@link FactStatus#UNKNOWN} fact has no value. Validity bounds are
 * optional: without them the fact holds for the instrument's whole life.
 */
public record Fact(String instrumentId, @Nullable PartnerCode partner, FactType type, @Nullable String value,
                   @Nullable PartialDate validFrom, @Nullable PartialDate validTo, FactStatus status,
                   String source, LocalizedText note) {

    public Fact {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if (status == FactStatus.UNKNOWN) {
            value = null;
        } else if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + status.code() + " fact needs a value: " + instrumentId + " " + type);
        }
        source = source == null ? "" : source;
        note = note == null ? LocalizedText.EMPTY : note;
    }

    /**
     * Whether the fact holds for this partner on this day (a year-only bound is read generously); without a partner,
     * only a general fact holds.
     */
    public boolean holdsFor(@Nullable PartnerCode code, LocalDate day) {
        return (partner == null || partner.equals(code))
                && (validFrom == null || !day.isBefore(validFrom.first()))
                && (validTo == null || !day.isAfter(validTo.last()));
    }

    /**
     * The fact of that type that holds for the partner on the day: the partner's own fact wins over the instrument's
     * general one, and of several general facts the first listed; {@code null} when none holds. Without a partner,
     * only general facts count. See {@link AgreementRegistry#parameter}.
     */
    public static @Nullable Fact select(List<Fact> facts, @Nullable PartnerCode partner, LocalDate day, FactType type) {
        Fact general = null;
        for (Fact fact : facts) {
            if (fact.type() == type && fact.holdsFor(partner, day)) {
                if (fact.partner() != null) {
                    return fact;
                }
                general = general == null ? fact : general;
            }
        }
        return general;
    }
}

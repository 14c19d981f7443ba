package org.liaison.agreements;

import java.time.LocalDate;
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

    /** Whether the fact holds for this partner on this day (a year-only bound is read generously). */
    public boolean holdsFor(PartnerCode code, LocalDate day) {
        return (partner == null || partner.equals(code))
                && (validFrom == null || !day.isBefore(validFrom.first()))
                && (validTo == null || !day.isAfter(validTo.last()));
    }
}

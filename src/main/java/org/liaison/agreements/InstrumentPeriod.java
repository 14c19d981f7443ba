package org.liaison.agreements;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartialDate;
import org.liaison.shared.PartnerCode;

/**
 * The period during which an instrument applied between France and one partner. A {@code null} start means
 * the start is not known (the instrument applied "since before" the end); a {@code null} end means it still
 * applies. A {@link Role#CONTINUING} period covers only situations that began earlier (e.g. the UK Withdrawal
 * Agreement) and never governs new situations.
 */
public record InstrumentPeriod(String instrumentId, PartnerCode partner, @Nullable PartialDate from,
                               @Nullable PartialDate to, Role role, FactStatus status, String source,
                               LocalizedText note) {

    /** Whether the period governs new situations or only continues earlier ones. */
    public enum Role { GOVERNING, CONTINUING }

    public InstrumentPeriod {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        source = source == null ? "" : source;
        note = note == null ? LocalizedText.EMPTY : note;
    }

    /** Whether the day may fall within the period, reading a year-only bound as the whole year. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from.first())) && (to == null || !day.isAfter(to.last()));
    }

    /** Whether a bound known only roughly (or not at all) makes it uncertain that the day is covered. */
    public boolean isUncertainOn(LocalDate day) {
        return from == null || !from.isExact() && from.mayBe(day) || to != null && !to.isExact() && to.mayBe(day);
    }

    /** The first day the period may cover, or {@link LocalDate#MIN} when the start is unknown. */
    public LocalDate earliestStart() {
        return from == null ? LocalDate.MIN : from.first();
    }

    /** The last day the period may cover, or {@link LocalDate#MAX} while it still applies. */
    public LocalDate latestEnd() {
        return to == null ? LocalDate.MAX : to.last();
    }
}

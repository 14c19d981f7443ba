package org.liaison.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** A period of days, both ends included: the way coordination law counts ("from 1 March to 31 August"). */
public record DatePeriod(LocalDate start, LocalDate end) {

    public DatePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period ends on or after its start: " + start + " – " + end);
        }
    }

    public static DatePeriod of(LocalDate start, LocalDate end) {
        return new DatePeriod(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(DatePeriod other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** The days both periods cover, if any. */
    public Optional<DatePeriod> intersection(DatePeriod other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        return Optional.of(new DatePeriod(start.isAfter(other.start) ? start : other.start,
                end.isBefore(other.end) ? end : other.end));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * The length in whole calendar months as posting rules count it: 1 March to 28 February of the next year is
     * 12 months; 1 March to 27 February is 11 months and some days, which this rounds up to 12.
     */
    public int monthsRoundedUp() {
        Period length = Period.between(start, end.plusDays(1));
        int months = (int) length.toTotalMonths();
        return length.getDays() > 0 ? months + 1 : months;
    }
}

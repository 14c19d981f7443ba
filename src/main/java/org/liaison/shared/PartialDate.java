package org.liaison.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A date known to a day, a month or only a year, written as ISO 8601 allows it ({@code 2017-08-01},
 * {@code 1981-06}, {@code 1981}). Historical facts are often known only by their year: this keeps that
 * precision instead of inventing a day.
 */
public record PartialDate(LocalDate first, Precision precision) implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && first.getDayOfMonth() != 1
                || precision == Precision.YEAR && first.getMonthValue() != 1) {
            throw new IllegalArgumentException("A " + precision + " date starts its period: " + first);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date, Precision.DAY);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
    public static PartialDate parse(String text) {
        String t = text.trim();
        try {
            return switch (t.length()) {
                case 4 -> ofYear(Integer.parseInt(t));
                case 7 -> new PartialDate(YearMonth.parse(t).atDay(1), Precision.MONTH);
                case 10 -> of(LocalDate.parse(t));
                default -> throw new IllegalArgumentException("Not a date: " + text);
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a date: " + text, e);
        }
    }

    /** The last day the date may stand for (31 December for a year). */
    public LocalDate last() {
        return switch (precision) {
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case DAY -> first;
        };
    }

    public boolean isExact() {
        return precision == Precision.DAY;
    }

    /** Whether the day may be this date (always for an exact match; within the year or month otherwise). */
    public boolean mayBe(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last());
    }

    public int year() {
        return first.getYear();
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = first.compareTo(other.first);
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    /** The date as a reader writes it, e.g. "1 août 2017", "juin 1981", "1981"; ISO form is {@link #toString()}. */
    public String format(Locale locale) {
        return switch (precision) {
            case YEAR -> String.valueOf(first.getYear());
            case MONTH -> first.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            case DAY -> first.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        };
    }

    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", first.getYear());
            case MONTH -> YearMonth.from(first).toString();
            case DAY -> first.toString();
        };
    }
}

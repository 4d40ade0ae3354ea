package org.peelkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A date as sources give it: a year ({@code 2022}), a month ({@code 2022-06}: "entered Engage in
 * June 2022") or a day ({@code 2022-06-28}). It stands for the interval it names: a month
 * contains its days, a year its months.
 *
 * <p>Comparisons that cannot be decided say so instead of guessing: June 2022 is neither before
 * nor after 28 June 2022, so {@link #order(PartialDate)} answers {@link DateOrder#OVERLAPPING}.
 * There is no natural order; {@link #BY_START} is an explicit order for sorting.
 *
 * <pre>{@code
 * PartialDate june = PartialDate.parse("2022-06");
 * june.contains(PartialDate.parse("2022-06-28"));  // true
 * june.order(PartialDate.parse("2022-07-01"));     // BEFORE
 * june.order(PartialDate.parse("2022"));           // OVERLAPPING
 * june.start(); june.end();                        // 2022-06-01, 2022-06-30
 * }</pre>
 */
public final class PartialDate {

    /** Sorts by first day, then by last day (a month before the days it contains). Never throws. */
    public static final Comparator<PartialDate> BY_START =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::end, Comparator.reverseOrder());

    /** How much of a date is known. */
    public enum Precision {
        /** {@code YYYY} */
        YEAR,
        /** {@code YYYY-MM} */
        MONTH,
        /** {@code YYYY-MM-DD} */
        DAY
    }

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw new PeelParseException(String.valueOf(year), "a year from 0001 to 9999");
        }
        this.year = year;
        this.month = month;
        this.day = day;
        try {
            start();
        } catch (DateTimeException e) {
            throw new PeelParseException(toString(), "a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    /**
     * @param year the year, 1 to 9999
     * @return the whole year
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /**
     * @param year  the year
     * @param month the month, 1 to 12
     * @return the whole month
     */
    public static PartialDate ofMonth(int year, int month) {
        if (month < 1 || month > 12) {
            throw new PeelParseException(year + "-" + month, "a month from 01 to 12");
        }
        return new PartialDate(year, month, 0);
    }

    /**
     * @param date a day
     * @return that day
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * @param month a month
     * @return that month
     */
    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.getYear(), month.getMonthValue(), 0);
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, strictly.
     *
     * @param text the text
     * @return the date
     * @throws PeelParseException when the text is not one of those forms or names no calendar date
     */
    public static PartialDate parse(CharSequence text) {
        int length = text.length();
        boolean shape = (length == 4 || length == 7 || length == 10)
                && digits(text, 0, 4) && (length < 7 || (text.charAt(4) == '-' && digits(text, 5, 7)))
                && (length < 10 || (text.charAt(7) == '-' && digits(text, 8, 10)));
        if (!shape) {
            throw new PeelParseException(String.valueOf(text), "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int y = number(text, 0, 4);
        int mo = length >= 7 ? number(text, 5, 7) : 0;
        int d = length == 10 ? number(text, 8, 10) : 0;
        if (length >= 7 && (mo < 1 || mo > 12)) {
            throw new PeelParseException(String.valueOf(text), "a date with a month from 01 to 12");
        }
        if (length == 10 && d < 1) {
            throw new PeelParseException(String.valueOf(text), "a date with a day from 01");
        }
        if (y < 1) {
            throw new PeelParseException(String.valueOf(text), "a date from year 0001");
        }
        return new PartialDate(y, mo, d);
    }

    private static boolean digits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /** @return the year */
    public int year() {
        return year;
    }

    /** @return the month, 1 to 12, when known */
    public OptionalInt month() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** @return the day of the month, when known */
    public OptionalInt day() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /** @return how much of the date is known */
    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /** @return the first day of the interval */
    public LocalDate start() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** @return the last day of the interval */
    public LocalDate end() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * @param other another date
     * @return whether every day of {@code other} lies within this date (a date contains itself)
     */
    public boolean contains(PartialDate other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * @param date a day
     * @return whether the day lies within this date
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Orders two dates as intervals, saying when that cannot be decided.
     *
     * @param other another date
     * @return {@code BEFORE} when this ends before {@code other} starts, {@code AFTER} when it starts
     *     after {@code other} ends, {@code SAME} when both name the same interval, otherwise
     *     {@code OVERLAPPING}: the order is not known
     */
    public DateOrder order(PartialDate other) {
        if (end().isBefore(other.start())) {
            return DateOrder.BEFORE;
        }
        if (start().isAfter(other.end())) {
            return DateOrder.AFTER;
        }
        return equals(other) ? DateOrder.SAME : DateOrder.OVERLAPPING;
    }

    /**
     * @param other another date
     * @return true only when this certainly ends before {@code other} starts
     */
    public boolean isBefore(PartialDate other) {
        return order(other) == DateOrder.BEFORE;
    }

    /**
     * @param other another date
     * @return true only when this certainly starts after {@code other} ends
     */
    public boolean isAfter(PartialDate other) {
        return order(other) == DateOrder.AFTER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }

    /** @return the canonical form, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(10);
        pad(s, year, 4);
        if (month != 0) {
            pad(s.append('-'), month, 2);
        }
        if (day != 0) {
            pad(s.append('-'), day, 2);
        }
        return s.toString();
    }

    private static void pad(StringBuilder s, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            s.append('0');
        }
        s.append(digits);
    }
}

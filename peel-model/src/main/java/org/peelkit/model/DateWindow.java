package org.peelkit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a cycle's dates may fall on: from 1 January of its first year to 31 December of the
 * year after its last year (PEEL 2018/19: 2018-01-01 to 2020-12-31).
 *
 * <pre>{@code
 * DateWindow w = Cycle.of("2023-25").window();      // 2023-01-01 to 2026-12-31
 * w.locate(PartialDate.parse("2024-08-15"));        // WITHIN
 * w.locate(PartialDate.parse("2022"));              // BEFORE
 * }</pre>
 *
 * @param first the first day, inclusive
 * @param last  the last day, inclusive
 */
public record DateWindow(LocalDate first, LocalDate last) {

    /** Where a date lies against a window. */
    public enum Position {
        /** Wholly before the first day. */
        BEFORE,
        /** Wholly within the window. */
        WITHIN,
        /** Wholly after the last day. */
        AFTER,
        /** Partly inside and partly outside. */
        ACROSS
    }

    /**
     * Checks that both days are present.
     *
     * @param first the first day, inclusive
     * @param last the last day, inclusive
     */
    public DateWindow {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /**
     * The window of a cycle that runs over the given years.
     *
     * @param firstYear the cycle's first year
     * @param lastYear  the cycle's last year
     * @return 1 January of {@code firstYear} to 31 December of {@code lastYear + 1}
     */
    public static DateWindow ofCycleYears(int firstYear, int lastYear) {
        return new DateWindow(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear + 1, 12, 31));
    }

    /**
     * @param date a partial date
     * @return where the date's interval lies against this window
     */
    public Position locate(PartialDate date) {
        if (date.end().isBefore(first)) {
            return Position.BEFORE;
        }
        if (date.start().isAfter(last)) {
            return Position.AFTER;
        }
        return !date.start().isBefore(first) && !date.end().isAfter(last) ? Position.WITHIN : Position.ACROSS;
    }

    /**
     * @param date a partial date
     * @return whether the whole interval lies within the window
     */
    public boolean contains(PartialDate date) {
        return locate(date) == Position.WITHIN;
    }

    @Override
    public String toString() {
        return first + " to " + last;
    }
}

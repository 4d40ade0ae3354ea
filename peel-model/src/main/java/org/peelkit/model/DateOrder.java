package org.peelkit.model;

/**
 * How two partial dates, taken as intervals, stand in time. {@link #OVERLAPPING} means the order
 * cannot be decided from what the sources give.
 *
 * <pre>{@code
 * PartialDate.parse("2022-06").order(PartialDate.parse("2022-06-28")); // OVERLAPPING
 * }</pre>
 */
public enum DateOrder {
    /** The first ends before the second starts. */
    BEFORE,
    /** The first starts after the second ends. */
    AFTER,
    /** Both name the same interval. */
    SAME,
    /** The intervals share days but differ: which came first is not known. */
    OVERLAPPING
}

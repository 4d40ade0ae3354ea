package org.peelkit.io;

/**
 * A place in a text input: a line and a column, both counted from 1, the column in characters as an
 * editor counts them. Read problems, validation findings, read exceptions and report extraction all
 * say "where" with this one type; data built in code has no location, so APIs answer
 * {@code Optional<Location>}.
 *
 * <pre>{@code
 * Location at = Location.of(12, 5);
 * at.line();      // 12
 * at.toString();  // "12:5"
 * }</pre>
 *
 * @param line   the line, from 1
 * @param column the column, from 1, counted in characters
 */
public record Location(long line, long column) implements Comparable<Location> {

    /**
     * Checks that line and column count from 1.
     *
     * @param line the line, from 1
     * @param column the column, from 1, counted in characters
     */
    public Location {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("A location counts lines and columns from 1, not " + line + ":" + column);
        }
    }

    /**
     * @param line   the line, from 1
     * @param column the column, from 1
     * @return that location
     */
    public static Location of(long line, long column) {
        return new Location(line, column);
    }

    /**
     * @param line the line, from 1
     * @return the start of that line
     */
    public static Location ofLine(long line) {
        return new Location(line, 1);
    }

    @Override
    public int compareTo(Location other) {
        int byLine = Long.compare(line, other.line);
        return byLine != 0 ? byLine : Long.compare(column, other.column);
    }

    /** @return {@code line:column}, as compilers print it */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}

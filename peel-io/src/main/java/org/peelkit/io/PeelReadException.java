package org.peelkit.io;

import java.util.Optional;
import org.peelkit.model.PeelException;

/**
 * Thrown when input cannot be read as JSON at all: empty, truncated, not JSON, not UTF-8, nested
 * deeper than the limit, or a string, number or document beyond the {@link ReadLimits}. It is the
 * only exception reading throws; every problem inside a readable document is a {@link ReadProblem}
 * instead. It carries the file, line and column.
 *
 * <pre>{@code
 * try {
 *     PeelJson.standard().readAssessment(Path.of("broken.json"));
 * } catch (PeelReadException e) {
 *     System.err.println(e.getMessage()); // "broken.json:3:17: unexpected end of input in an object"
 * }
 * }</pre>
 */
public final class PeelReadException extends PeelException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String reason;

    /**
     * @param source the file name or other description of the input
     * @param line   the line, from 1; 0 when not known
     * @param column the column, from 1; 0 when not known
     * @param reason what is wrong
     */
    public PeelReadException(String source, long line, long column, String reason) {
        super(format(source, line, column, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String source, long line, long column, String reason) {
        return line > 0 ? source + ":" + line + ":" + Math.max(column, 1) + ": " + reason : source + ": " + reason;
    }

    /** @return the file name or other description of the input */
    public String source() {
        return source;
    }

    /** @return the line, from 1, when known */
    public Optional<Long> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** @return the column, from 1, when known */
    public Optional<Long> column() {
        return line > 0 ? Optional.of(Math.max(column, 1)) : Optional.empty();
    }

    /** @return what is wrong, without the location */
    public String reason() {
        return reason;
    }
}

package org.peelkit.io;

import java.util.Objects;
import java.util.Optional;
import org.peelkit.model.PeelException;

/**
 * Thrown when input cannot be read at all: a file that cannot be opened, or bytes that are not
 * JSON (or CSV) at all: empty, truncated, not UTF-8, nested deeper than the limit, or a string,
 * number or document beyond the {@link ReadLimits}. It is the only exception reading throws; every
 * problem inside a readable document is a {@link ReadProblem} instead. It carries the input's name,
 * the location when there is one, the {@link Failure} (so that callers never parse the message) and,
 * for a file that could not be opened, the {@link java.io.IOException} as its cause.
 *
 * <pre>{@code
 * try {
 *     PeelJson.standard().readDocument(Path.of("broken.json"));
 * } catch (PeelReadException e) {
 *     e.getMessage();  // "broken.json:3:17: Not readable as JSON: Unexpected end-of-input ..."
 *     e.failure();     // NOT_READABLE; CANNOT_OPEN for a missing file, whose getCause() is the NoSuchFileException
 * }
 * }</pre>
 */
public final class PeelReadException extends PeelException {
    private static final long serialVersionUID = 1L;

    /** Why the input could not be read. */
    public enum Failure {
        /** The input could not be opened or its bytes could not be read: missing file, no permission, I/O error. */
        CANNOT_OPEN,
        /** The bytes were read but are not the format at all, or exceed the {@link ReadLimits}. */
        NOT_READABLE
    }

    /** The file name or other description of the input. */
    private final String source;
    private final transient Location location;
    /** What is wrong, without the location. */
    private final String reason;
    /** Whether the input could not be opened, or was read and is not readable. */
    private final Failure failure;

    /**
     * @param source   the file name or other description of the input
     * @param location where the input stops being readable, when known
     * @param reason   what is wrong
     */
    public PeelReadException(String source, Optional<Location> location, String reason) {
        this(source, location.orElse(null), reason, Failure.NOT_READABLE, null);
    }

    private PeelReadException(String source, Location location, String reason, Failure failure, Throwable cause) {
        super(format(source, location, reason));
        this.source = Objects.requireNonNull(source, "source");
        this.location = location;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.failure = failure;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** Bytes that are not readable, at a known place. */
    static PeelReadException at(String source, Location location, String reason) {
        return new PeelReadException(source, location, reason, Failure.NOT_READABLE, null);
    }

    /** Bytes that are not readable, at no particular place. */
    static PeelReadException unlocated(String source, String reason) {
        return new PeelReadException(source, null, reason, Failure.NOT_READABLE, null);
    }

    /**
     * @param source the file name or other description of the input
     * @param reason what is wrong, e.g. {@code "Cannot read the file: no such file"}
     * @param cause  the I/O exception that says why
     * @return the exception for an input that could not be opened or read ({@link Failure#CANNOT_OPEN})
     */
    public static PeelReadException cannotOpen(String source, String reason, java.io.IOException cause) {
        return new PeelReadException(source, null, reason, Failure.CANNOT_OPEN, cause);
    }

    private static String format(String source, Location location, String reason) {
        return location != null ? source + ":" + location + ": " + reason : source + ": " + reason;
    }

    /** @return the file name or other description of the input */
    public String source() {
        return source;
    }

    /** @return where the input stops being readable, when known */
    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    /** @return what is wrong, without the location */
    public String reason() {
        return reason;
    }

    /** @return whether the input could not be opened, or was read and is not readable */
    public Failure failure() {
        return failure;
    }
}

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
 *     e.getMessage();  // "broken.json:3:10: Not readable as JSON: The input ends too early: an object is not closed (a '}' is missing)"
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

    /**
     * The one wording of a file that cannot be read, the same for every format (PEEL JSON, JSON
     * Lines, CSV, report text): {@code Cannot read the file: no such file}, {@code ... is a directory},
     * {@code ... permission denied}, or the system's own words for any other failure.
     *
     * <pre>{@code
     * try {
     *     text = Files.readString(file);
     * } catch (IOException e) {
     *     throw PeelReadException.cannotOpen(file, e);  // "report.txt: Cannot read the file: is a directory"
     * }
     * }</pre>
     *
     * @param file  the file
     * @param cause why it could not be opened or read
     * @return the exception ({@link Failure#CANNOT_OPEN}), with {@code cause} as its cause
     */
    public static PeelReadException cannotOpen(java.nio.file.Path file, java.io.IOException cause) {
        return cannotOpen(file.toString(), "Cannot read the file: " + why(file, cause), cause);
    }

    /**
     * @param source the name of a stream, e.g. {@code <stdin>}
     * @param cause  why it could not be read
     * @return the exception ({@link Failure#CANNOT_OPEN}): {@code Cannot read: } and the same words as
     *     {@link #cannotOpen(java.nio.file.Path, java.io.IOException)}
     */
    public static PeelReadException cannotRead(String source, java.io.IOException cause) {
        return cannotOpen(source, "Cannot read: " + why(null, cause), cause);
    }

    /**
     * @param source   the file name or other description of the input
     * @param location where reading failed, e.g. the JSON Lines line being read
     * @param cause    the I/O exception that says why
     * @return the exception for an input whose bytes could not be read part way
     *     ({@link Failure#CANNOT_OPEN}), in the words of {@link #cannotRead(String, java.io.IOException)}
     */
    public static PeelReadException cannotRead(String source, Location location, java.io.IOException cause) {
        return new PeelReadException(source, Objects.requireNonNull(location, "location"), "Cannot read: " + why(null, cause),
                Failure.CANNOT_OPEN, cause);
    }

    /** Why a file or stream could not be read, in the same few words whatever the format. */
    private static String why(java.nio.file.Path file, java.io.IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException
                && message.contains("No such file")) {
            return "no such file";
        }
        if (file != null && java.nio.file.Files.isDirectory(file) || message.contains("Is a directory")) {
            return "is a directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException || message.contains("Permission denied")) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NotDirectoryException || message.contains("Not a directory")) {
            return "no such file (a part of its path is not a directory)";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return message.toLowerCase(java.util.Locale.ROOT);
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

package org.peelkit.model;

/**
 * The root of every exception that peel throws, as {@code DateTimeException} is for java.time.
 *
 * <p>Catch this one type to handle anything the library refuses:
 * <pre>{@code
 * try {
 *     first.isBetterThan(second);
 * } catch (PeelException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class PeelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message a person can act on.
     *
     * @param message what went wrong, naming the value found and what was expected
     */
    public PeelException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the exception that caused it.
     *
     * @param message what went wrong
     * @param cause   the underlying cause
     */
    public PeelException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.peelkit.model;

/**
 * Thrown when text cannot be read as a peel value: a grade word, a partial date, a status.
 * It carries the text and says what was expected.
 *
 * <pre>{@code
 * try {
 *     Grade.parse("requires improvment");
 * } catch (PeelParseException e) {
 *     e.text(); // "requires improvment"
 * }
 * }</pre>
 */
public final class PeelParseException extends PeelException {
    private static final long serialVersionUID = 1L;

    /** The text that could not be read. */
    private final String text;

    /**
     * @param text     the text that could not be read
     * @param expected what it should have been, e.g. {@code "a grade (outstanding, good, ...)"}
     */
    public PeelParseException(String text, String expected) {
        super("Cannot read " + Quoted.of(text) + " as " + expected);
        this.text = text;
    }

    /** @return the text that could not be read */
    public String text() {
        return text;
    }
}

package org.peelkit.model;

/**
 * Thrown by the look-ups that promise a result, such as {@link Cycle#of(String)}, when the
 * catalogue has no entry with that id. The look-ups that return {@code Optional} never throw it.
 *
 * <pre>{@code
 * Catalogue.builtIn().cycle("2020");      // Optional.empty(): no PEEL in 2020
 * Cycle.of("2020");                        // throws UnknownIdException
 * }</pre>
 */
public final class UnknownIdException extends PeelException {
    private static final long serialVersionUID = 1L;

    /** What was looked up, e.g. {@code "cycle"}. */
    private final String kind;
    /** The id that was not found. */
    private final String id;

    /**
     * @param kind what was looked up, e.g. {@code "cycle"}
     * @param id   the id that was not found
     */
    public UnknownIdException(String kind, String id) {
        super("Unknown " + kind + " " + Quoted.of(id) + " in this catalogue");
        this.kind = kind;
        this.id = id;
    }

    /** @return what was looked up, e.g. {@code "cycle"} */
    public String kind() {
        return kind;
    }

    /** @return the id that was not found */
    public String id() {
        return id;
    }
}

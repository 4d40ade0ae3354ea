package org.peelkit.model;

import java.util.Optional;

/**
 * Where a force's value lies against one standard deviation of the unweighted average of all
 * forces: HMICFRS calls a force outside that band "significantly different".
 *
 * <pre>{@code
 * Significance.fromId("above"); // Optional[ABOVE]
 * }</pre>
 */
public enum Significance implements Vocabulary {
    /** More than one standard deviation above the average. */
    ABOVE("above"),
    /** More than one standard deviation below the average. */
    BELOW("below"),
    /** Within one standard deviation of the average. */
    WITHIN("within");

    private final String id;

    Significance(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * @param id {@code "above"}, {@code "below"} or {@code "within"}
     * @return the value, or empty
     */
    public static Optional<Significance> fromId(String id) {
        return Vocabulary.fromId(Significance.class, id);
    }
}

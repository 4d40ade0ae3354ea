package org.peelkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A recommendation attached to a cause of concern.
 *
 * <pre>{@code
 * new Recommendation("Make sure that repeat callers are routinely identified.",
 *         RecommendationStatus.OPEN, Optional.of(PartialDate.parse("2023-03")));
 * }</pre>
 *
 * @param text   what the force must do
 * @param status open or closed
 * @param due    when it is due, if a deadline was set
 */
public record Recommendation(@PeelText String text, RecommendationStatus status, Optional<PartialDate> due) {

    /**
     * Checks that nothing is null.
     *
     * @param text what the force must do
     * @param status open or closed
     * @param due when it is due, if a deadline was set
     */
    public Recommendation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
    }
}

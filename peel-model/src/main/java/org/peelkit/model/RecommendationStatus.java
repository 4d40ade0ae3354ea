package org.peelkit.model;

import java.util.Optional;

/**
 * Whether a recommendation is still open.
 *
 * <pre>{@code
 * RecommendationStatus.fromId("closed"); // Optional[CLOSED]
 * }</pre>
 */
public enum RecommendationStatus implements Vocabulary {
    /** Not yet met. */
    OPEN("open"),
    /** Met, and closed by HMICFRS. */
    CLOSED("closed");

    private final String id;

    RecommendationStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * @param id {@code "open"} or {@code "closed"}
     * @return the status, or empty
     */
    public static Optional<RecommendationStatus> fromId(String id) {
        return Vocabulary.fromId(RecommendationStatus.class, id);
    }
}

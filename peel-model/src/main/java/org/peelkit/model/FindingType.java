package org.peelkit.model;

import java.util.Optional;

/**
 * The kinds of finding an HMICFRS report makes, with their ids in PEEL JSON.
 *
 * <pre>{@code
 * FindingType.fromId("cause-of-concern"); // Optional[CAUSE_OF_CONCERN]
 * }</pre>
 */
public enum FindingType implements Vocabulary {
    /** A serious, critical or systemic shortcoming; always with recommendations. */
    CAUSE_OF_CONCERN("cause-of-concern", "Cause of concern"),
    /** Something the force should improve; below a cause of concern. */
    AREA_FOR_IMPROVEMENT("area-for-improvement", "Area for improvement"),
    /** Innovative practice that HMICFRS singles out. */
    INNOVATIVE_PRACTICE("innovative-practice", "Innovative practice"),
    /** Promising practice that HMICFRS singles out. */
    PROMISING_PRACTICE("promising-practice", "Promising practice");

    private final String id;
    private final String label;

    FindingType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return e.g. {@code "Cause of concern"} */
    public String label() {
        return label;
    }

    /**
     * @param id e.g. {@code "area-for-improvement"}
     * @return the type, or empty
     */
    public static Optional<FindingType> fromId(String id) {
        return Vocabulary.fromId(FindingType.class, id);
    }
}

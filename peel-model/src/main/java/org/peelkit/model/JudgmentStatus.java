package org.peelkit.model;

import java.util.Optional;

/**
 * What a judgment holds when it holds no grade. HMICFRS's force pages show these states beside
 * the grades.
 *
 * <pre>{@code
 * JudgmentStatus.fromId("not-yet-graded"); // Optional[NOT_YET_GRADED]
 * JudgmentStatus.UNGRADED.label();         // "Ungraded"
 * }</pre>
 */
public enum JudgmentStatus implements Vocabulary {
    /** The framework gives no grade here: a narrative judgment (e.g. the victim service assessment). */
    UNGRADED("ungraded", "Ungraded"),
    /** A grade was due but not given, e.g. fieldwork cancelled (GMP 2017). */
    NOT_GRADED("not-graded", "Not graded"),
    /** Published before this part was graded ("To be graded"). */
    NOT_YET_GRADED("not-yet-graded", "Not yet graded"),
    /** Not inspected in this cycle (e.g. 2015 crime recording). */
    NOT_INSPECTED("not-inspected", "Not inspected");

    private final String id;
    private final String label;

    JudgmentStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the status as a force page prints it */
    public String label() {
        return label;
    }

    /**
     * @param id e.g. {@code "not-graded"}
     * @return the status, or empty
     */
    public static Optional<JudgmentStatus> fromId(String id) {
        return Vocabulary.fromId(JudgmentStatus.class, id);
    }
}

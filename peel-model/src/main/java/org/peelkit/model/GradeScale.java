package org.peelkit.model;

import java.util.List;
import java.util.Optional;

/**
 * The scale a cycle grades on: four points from 2014 to 2018/19, five from 2021/22, when HMICFRS
 * added "adequate".
 *
 * <pre>{@code
 * GradeScale.FIVE_POINT.grades();              // [OUTSTANDING, GOOD, ADEQUATE, REQUIRES_IMPROVEMENT, INADEQUATE]
 * GradeScale.FOUR_POINT.contains(Grade.ADEQUATE); // false
 * GradeScale.FOUR_POINT.rank(Grade.GOOD);        // 1 (0 is the best)
 * }</pre>
 */
public enum GradeScale implements Vocabulary {
    /** Outstanding, good, requires improvement, inadequate: 2014 to 2018/19. */
    FOUR_POINT("four-point", "four-point",
            List.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE)),
    /** Outstanding, good, adequate, requires improvement, inadequate: from 2021/22. */
    FIVE_POINT("five-point", "five-point",
            List.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE));

    private final String id;
    private final String label;
    private final List<Grade> grades;

    GradeScale(String id, String label, List<Grade> grades) {
        this.id = id;
        this.label = label;
        this.grades = grades;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return a short name for messages, e.g. {@code "four-point"} */
    public String label() {
        return label;
    }

    /** @return the scale's grades, best first; an unmodifiable list */
    public List<Grade> grades() {
        return grades;
    }

    /**
     * @param grade a grade
     * @return whether this scale holds the grade
     */
    public boolean contains(Grade grade) {
        return grades.contains(grade);
    }

    /**
     * The position of a grade on this scale, 0 for the best.
     *
     * @param grade a grade on this scale
     * @return its rank
     * @throws IllegalArgumentException when the scale does not hold the grade
     */
    public int rank(Grade grade) {
        int rank = grades.indexOf(grade);
        if (rank < 0) {
            throw new IllegalArgumentException(grade.label() + " is not on the " + label + " scale");
        }
        return rank;
    }

    /**
     * @param id {@code "four-point"} or {@code "five-point"}
     * @return the scale, or empty
     */
    public static Optional<GradeScale> fromId(String id) {
        return Vocabulary.fromId(GradeScale.class, id);
    }
}

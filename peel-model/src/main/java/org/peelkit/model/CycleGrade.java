package org.peelkit.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A grade bound to the cycle that gave it, as a monetary amount is bound to its currency. Two
 * cycle grades compare only when HMICFRS says their cycles compare; otherwise every comparison
 * throws {@link CycleMismatchException}, which names both cycles.
 *
 * <pre>{@code
 * CycleGrade y2016 = CycleGrade.of(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT);
 * CycleGrade y2018 = CycleGrade.of(Cycle.of("2018-19"), Grade.GOOD);
 * y2018.isBetterThan(y2016);   // true: both in the 2014-2019 group
 *
 * CycleGrade y2021 = CycleGrade.of(Cycle.of("2021-22"), Grade.GOOD);
 * y2021.isComparableTo(y2018); // false
 * y2021.isBetterThan(y2018);   // throws CycleMismatchException
 * }</pre>
 *
 * @param cycle the cycle that gave the grade
 * @param grade the grade, on that cycle's scale
 */
public record CycleGrade(Cycle cycle, Grade grade) {

    /**
     * Display order for tables that mix cycles: by the cycle's first day, then best grade first.
     * It says nothing about performance and never throws.
     */
    public static final Comparator<CycleGrade> DISPLAY_ORDER =
            Comparator.comparing((CycleGrade g) -> g.cycle().window().first())
                    .thenComparing(g -> g.cycle().id())
                    .thenComparing(CycleGrade::grade, Grade.BEST_FIRST);

    /**
     * Checks that nothing is null and that the grade is on the cycle's scale.
     *
     * @param cycle the cycle that gave the grade
     * @param grade the grade, on that cycle's scale
     * @throws UnsupportedGradeException when the cycle's scale does not hold the grade
     */
    public CycleGrade {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(grade, "grade");
        if (!cycle.isSupported(grade)) {
            throw new UnsupportedGradeException(cycle, grade);
        }
    }

    /**
     * @param cycle the cycle
     * @param grade a grade on its scale
     * @return the cycle grade
     * @throws UnsupportedGradeException when the cycle's scale does not hold the grade
     */
    public static CycleGrade of(Cycle cycle, Grade grade) {
        return new CycleGrade(cycle, grade);
    }

    /**
     * @param other another cycle grade
     * @return whether the two compare: their cycles are in one comparability group, on one scale
     */
    public boolean isComparableTo(CycleGrade other) {
        return cycle.isComparableWith(other.cycle);
    }

    /**
     * @param other another cycle grade
     * @return whether this grade is better
     * @throws CycleMismatchException when the cycles do not compare
     */
    public boolean isBetterThan(CycleGrade other) {
        return compare(other) < 0;
    }

    /**
     * @param other another cycle grade
     * @return whether this grade is worse
     * @throws CycleMismatchException when the cycles do not compare
     */
    public boolean isWorseThan(CycleGrade other) {
        return compare(other) > 0;
    }

    /**
     * @param other another cycle grade
     * @return whether both grades stand level (the same grade, in comparable cycles)
     * @throws CycleMismatchException when the cycles do not compare
     */
    public boolean isLevelWith(CycleGrade other) {
        return compare(other) == 0;
    }

    /** Negative when this is better, positive when worse; best has the lowest rank. */
    private int compare(CycleGrade other) {
        if (!isComparableTo(other)) {
            throw new CycleMismatchException(cycle, other.cycle);
        }
        return Integer.compare(cycle.scale().rank(grade), other.cycle.scale().rank(other.grade));
    }

    @Override
    public String toString() {
        return grade.label() + " (" + cycle.name() + ")";
    }
}

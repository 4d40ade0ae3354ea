package org.peelkit.model;

/**
 * Thrown when a grade is used with a cycle whose scale does not hold it, as java.time throws
 * {@code UnsupportedTemporalTypeException}. Ask {@link Cycle#isSupported(Grade)} first to avoid it.
 *
 * <pre>{@code
 * Cycle.of("2016").isSupported(Grade.ADEQUATE); // false: "adequate" arrived in 2021/22
 * CycleGrade.of(Cycle.of("2016"), Grade.ADEQUATE); // throws UnsupportedGradeException
 * }</pre>
 */
public final class UnsupportedGradeException extends PeelException {
    private static final long serialVersionUID = 1L;

    private final transient Cycle cycle;
    /** The grade the cycle's scale does not hold. */
    private final Grade grade;

    /**
     * @param cycle the cycle
     * @param grade the grade its scale does not hold
     */
    public UnsupportedGradeException(Cycle cycle, Grade grade) {
        super("Grade '" + grade.label() + "' is not on the " + cycle.scale().label() + " scale of " + cycle.name());
        this.cycle = cycle;
        this.grade = grade;
    }

    /** @return the cycle whose scale does not hold the grade */
    public Cycle cycle() {
        return cycle;
    }

    /** @return the grade that is not on the scale */
    public Grade grade() {
        return grade;
    }
}

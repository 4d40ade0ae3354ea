package org.peelkit.model;

import java.util.Objects;

/**
 * Thrown when grades of two cycles that HMICFRS says are not comparable are compared, as
 * Joda-Money's {@code CurrencyMismatchException} is thrown when two currencies are mixed.
 * It carries both sides.
 *
 * <pre>{@code
 * CycleGrade before = CycleGrade.of(Cycle.of("2021-22"), Grade.INADEQUATE);
 * CycleGrade after = CycleGrade.of(Cycle.of("2023-25"), Grade.REQUIRES_IMPROVEMENT);
 * try {
 *     after.isBetterThan(before);
 * } catch (CycleMismatchException e) {
 *     // "PEEL 2023–2025 and PEEL 2021/22 grades are not comparable: HMICFRS changed the framework"
 *     e.first(); // 2023-25
 *     e.second(); // 2021-22
 * }
 * }</pre>
 */
public final class CycleMismatchException extends PeelException {
    private static final long serialVersionUID = 1L;

    private final transient Cycle first;
    private final transient Cycle second;

    /**
     * Creates the exception for two cycles whose grades do not compare.
     *
     * @param first  the cycle of the grade being compared
     * @param second the cycle of the grade it was compared with
     */
    public CycleMismatchException(Cycle first, Cycle second) {
        super(first.name() + " and " + second.name() + " grades are not comparable: " + reason(first, second));
        this.first = first;
        this.second = second;
    }

    private static String reason(Cycle first, Cycle second) {
        if (!Objects.equals(first.comparabilityGroup(), second.comparabilityGroup())) {
            return "HMICFRS changed the framework";
        }
        return "they use different grade scales (" + first.scale().label() + " and " + second.scale().label() + ")";
    }

    /** @return the cycle of the grade being compared */
    public Cycle first() {
        return first;
    }

    /** @return the cycle of the grade it was compared with */
    public Cycle second() {
        return second;
    }
}

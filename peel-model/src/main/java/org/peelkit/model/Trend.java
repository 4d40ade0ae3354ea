package org.peelkit.model;

import java.util.Optional;

/**
 * How a grade moved between two judgments. Never a guess: when the grades do not compare (other
 * comparability groups, another question, a judgment without a grade) the trend is
 * {@link #NOT_COMPARABLE}.
 *
 * <pre>{@code
 * Trend.between(CycleGrade.of(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT),
 *               CycleGrade.of(Cycle.of("2017"), Grade.GOOD));        // IMPROVED
 * Trend.between(CycleGrade.of(Cycle.of("2021-22"), Grade.INADEQUATE),
 *               CycleGrade.of(Cycle.of("2023-25"), Grade.GOOD));     // NOT_COMPARABLE
 * }</pre>
 */
public enum Trend implements Vocabulary {
    /** The later grade is better. */
    IMPROVED("improved"),
    /** The later grade is worse. */
    DECLINED("declined"),
    /** Both grades are the same, in comparable cycles. */
    UNCHANGED("unchanged"),
    /** The two cannot be compared. */
    NOT_COMPARABLE("not-comparable");

    private final String id;

    Trend(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the trend read the other way round: improved becomes declined and back */
    public Trend reversed() {
        return switch (this) {
            case IMPROVED -> DECLINED;
            case DECLINED -> IMPROVED;
            default -> this;
        };
    }

    /**
     * @param earlier the earlier grade
     * @param later   the later grade
     * @return how the grade moved from {@code earlier} to {@code later}
     */
    public static Trend between(CycleGrade earlier, CycleGrade later) {
        if (!earlier.isComparableTo(later)) {
            return NOT_COMPARABLE;
        }
        if (later.isBetterThan(earlier)) {
            return IMPROVED;
        }
        return later.isWorseThan(earlier) ? DECLINED : UNCHANGED;
    }

    /**
     * @param earlier the earlier judgment
     * @param later   the later judgment
     * @return how the grade moved; {@link #NOT_COMPARABLE} for judgments of different questions or
     *     without grades
     */
    public static Trend between(CycleJudgment earlier, CycleJudgment later) {
        if (!earlier.judgment().question().equals(later.judgment().question())) {
            return NOT_COMPARABLE;
        }
        Optional<CycleGrade> a = earlier.grade();
        Optional<CycleGrade> b = later.grade();
        return a.isPresent() && b.isPresent() ? between(a.get(), b.get()) : NOT_COMPARABLE;
    }
}

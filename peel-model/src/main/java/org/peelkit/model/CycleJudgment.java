package org.peelkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A judgment together with the cycle that made it: an entry of a force's history.
 *
 * <pre>{@code
 * CycleJudgment j = new CycleJudgment(Cycle.of("2016"), Judgment.of("effectiveness", Grade.GOOD));
 * j.grade();  // Optional[Good (PEEL 2016)]
 * }</pre>
 *
 * @param cycle    the cycle
 * @param judgment the judgment
 */
public record CycleJudgment(Cycle cycle, Judgment judgment) {

    /**
     * Checks that nothing is null.
     *
     * @param cycle the cycle
     * @param judgment the judgment
     */
    public CycleJudgment {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(judgment, "judgment");
    }

    /**
     * @return the grade bound to its cycle; empty when the judgment has no grade, or a grade the
     *     cycle's scale does not hold
     */
    public Optional<CycleGrade> grade() {
        return judgment.grade().filter(cycle::isSupported).map(g -> CycleGrade.of(cycle, g));
    }
}

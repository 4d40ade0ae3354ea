package org.peelkit.testkit;

import org.peelkit.model.CycleGrade;

/**
 * Two cycle grades, for exhaustive tests of comparison.
 *
 * <pre>{@code
 * for (GradePair p : PeelDomains.gradePairs()) { ... p.first().isComparableTo(p.second()) ... }
 * }</pre>
 *
 * @param first  the first grade
 * @param second the second grade
 */
public record GradePair(CycleGrade first, CycleGrade second) {

    @Override
    public String toString() {
        return first + " vs " + second;
    }
}

package org.peelkit.model.properties;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.peelkit.model.CycleGrade;
import org.peelkit.model.CycleMismatchException;
import org.peelkit.model.Trend;
import org.peelkit.testkit.GradePair;
import org.peelkit.testkit.PeelDomains;

/**
 * Exhaustive over every pair of cycle grades: across comparability groups every comparison throws
 * the named exception with both cycles; within a group none does. Trend is antisymmetric.
 */
class ComparabilityPropertyTest {

    private static final List<GradePair> PAIRS = PeelDomains.gradePairs();

    @Test
    void thePairDomainIsComplete() {
        int grades = PeelDomains.cycleGrades().size();
        assertEquals(5 * 4 + 3 * 5, grades, "five four-point cycles and three five-point cycles");
        assertEquals(grades * grades, PAIRS.size());
    }

    @Test
    void acrossGroupsEveryComparisonThrowsWithBothCycles() {
        int across = 0;
        for (GradePair p : PAIRS) {
            CycleGrade a = p.first();
            CycleGrade b = p.second();
            if (a.cycle().comparabilityGroup().equals(b.cycle().comparabilityGroup())) {
                continue;
            }
            across++;
            assertEquals(false, a.isComparableTo(b), p::toString);
            for (Predicate<CycleGrade> comparison : List.<Predicate<CycleGrade>>of(a::isBetterThan, a::isWorseThan,
                    a::isLevelWith)) {
                CycleMismatchException e = assertThrows(CycleMismatchException.class, () -> comparison.test(b),
                        p::toString);
                assertAll(p.toString(),
                        () -> assertSame(a.cycle(), e.first()),
                        () -> assertSame(b.cycle(), e.second()),
                        () -> assertTrue(e.getMessage().startsWith(a.cycle().name() + " and " + b.cycle().name()),
                                e.getMessage()),
                        () -> assertTrue(e.getMessage().endsWith("HMICFRS changed the framework"), e.getMessage()));
            }
        }
        assertTrue(across > 0, "the domain has pairs across groups");
    }

    @Test
    void withinAGroupNoComparisonThrows() {
        for (GradePair p : PAIRS) {
            CycleGrade a = p.first();
            CycleGrade b = p.second();
            if (a.cycle().comparabilityGroup().equals(b.cycle().comparabilityGroup())) {
                assertTrue(a.isComparableTo(b), p::toString);
                assertDoesNotThrow(() -> a.isBetterThan(b) | a.isWorseThan(b) | a.isLevelWith(b), p::toString);
            }
        }
    }

    @Test
    void trendIsAntisymmetricAndNotComparableIsSymmetric() {
        for (GradePair p : PAIRS) {
            Trend forward = Trend.between(p.first(), p.second());
            Trend backward = Trend.between(p.second(), p.first());
            assertEquals(forward.reversed(), backward, () -> p + ": " + forward + " one way, " + backward + " the other");
            assertEquals(forward == Trend.NOT_COMPARABLE, !p.first().isComparableTo(p.second()), p::toString);
            if (forward == Trend.UNCHANGED) {
                assertEquals(p.first().grade(), p.second().grade(), p::toString);
            }
        }
    }
}

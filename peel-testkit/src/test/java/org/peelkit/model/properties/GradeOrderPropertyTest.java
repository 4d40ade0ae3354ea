package org.peelkit.model.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Cycle;
import org.peelkit.model.CycleGrade;
import org.peelkit.model.Grade;
import org.peelkit.model.GradeScale;
import org.peelkit.testkit.PeelDomains;

/**
 * Exhaustive: grade order within each cycle's scale runs outstanding, good, (adequate,) requires
 * improvement, inadequate, and is a total order; adequate belongs to five-point cycles.
 */
class GradeOrderPropertyTest {

    static List<Cycle> cycles() {
        return PeelDomains.cycles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycles")
    void gradeOrderWithinACycleIsATotalOrder(Cycle cycle) {
        List<CycleGrade> grades = cycle.scale().grades().stream().map(g -> CycleGrade.of(cycle, g)).toList();
        for (CycleGrade a : grades) {
            assertTrue(a.isLevelWith(a), () -> a + " is level with itself");
            for (CycleGrade b : grades) {
                int relations = (a.isBetterThan(b) ? 1 : 0) + (a.isWorseThan(b) ? 1 : 0) + (a.isLevelWith(b) ? 1 : 0);
                assertEquals(1, relations, () -> "exactly one of better, worse, level must hold for " + a + " and " + b);
                assertEquals(a.isBetterThan(b), b.isWorseThan(a), () -> "antisymmetry for " + a + " and " + b);
                assertEquals(a.isLevelWith(b), a.grade() == b.grade(), () -> "level means the same grade: " + a + ", " + b);
                for (CycleGrade c : grades) {
                    if (a.isBetterThan(b) && b.isBetterThan(c)) {
                        assertTrue(a.isBetterThan(c), () -> "transitivity: " + a + " > " + b + " > " + c);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycles")
    void gradesRunFromOutstandingToInadequateWithAdequateWhereTheScaleHasIt(Cycle cycle) {
        List<Grade> bestFirst = cycle.scale() == GradeScale.FIVE_POINT
                ? List.of(Grade.OUTSTANDING, Grade.GOOD, Grade.ADEQUATE, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE)
                : List.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE);
        assertEquals(bestFirst, cycle.scale().grades(), () -> cycle.name() + " on the " + cycle.scale().label() + " scale");
        for (int i = 0; i < bestFirst.size(); i++) {
            for (int j = i + 1; j < bestFirst.size(); j++) {
                CycleGrade better = CycleGrade.of(cycle, bestFirst.get(i));
                CycleGrade worse = CycleGrade.of(cycle, bestFirst.get(j));
                assertTrue(better.isBetterThan(worse), () -> better + " is better than " + worse);
                assertTrue(worse.isWorseThan(better), () -> worse + " is worse than " + better);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theFourPointScaleRanThrough2018To19AndTheFivePointScaleSince2021To22() {
        assertEquals(List.of("four-point", "four-point", "four-point", "four-point", "four-point", "five-point",
                        "five-point", "five-point"),
                PeelDomains.cycles().stream().map(c -> c.scale().id()).toList(),
                () -> "scales of " + PeelDomains.cycles().stream().map(Cycle::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycles")
    void adequateIsSupportedExactlyByFivePointCycles(Cycle cycle) {
        assertEquals(cycle.scale() == GradeScale.FIVE_POINT, cycle.isSupported(Grade.ADEQUATE),
                () -> cycle.name() + " on the " + cycle.scale().label() + " scale");
        for (Grade g : Grade.values()) {
            if (g != Grade.ADEQUATE) {
                assertTrue(cycle.isSupported(g), () -> cycle.name() + " supports " + g.label());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GradeScale.class)
    void scaleOrderAgreesWithDisplayOrder(GradeScale scale) {
        List<Grade> sorted = scale.grades().stream().sorted(Grade.BEST_FIRST).toList();
        assertEquals(scale.grades(), sorted, "a scale lists its grades best first");
        for (int i = 0; i < scale.grades().size(); i++) {
            assertEquals(i, scale.rank(scale.grades().get(i)));
        }
    }
}

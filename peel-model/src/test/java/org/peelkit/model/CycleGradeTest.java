package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleGradeTest {

    @Test
    void crossCycleComparisonThrowsOneNamedExceptionCarryingBothCycles() {
        CycleGrade y2122 = CycleGrade.of(Cycle.of("2021-22"), Grade.INADEQUATE);
        CycleGrade y2325 = CycleGrade.of(Cycle.of("2023-25"), Grade.REQUIRES_IMPROVEMENT);
        CycleMismatchException e = assertThrows(CycleMismatchException.class, () -> y2122.isBetterThan(y2325));
        assertSame(y2122.cycle(), e.first());
        assertSame(y2325.cycle(), e.second());
        assertEquals("PEEL 2021/22 and PEEL 2023–2025 grades are not comparable: HMICFRS changed the framework",
                e.getMessage());
        assertTrue(e instanceof PeelException, "one exception root");
    }

    @Test
    void withinAGroupGradesCompareAcrossCycles() {
        CycleGrade ri2016 = CycleGrade.of(Cycle.of("2016"), Grade.REQUIRES_IMPROVEMENT);
        CycleGrade good2018 = CycleGrade.of(Cycle.of("2018-19"), Grade.GOOD);
        assertTrue(good2018.isBetterThan(ri2016));
        assertTrue(ri2016.isWorseThan(good2018));
        assertFalse(ri2016.isLevelWith(good2018));
        assertEquals(Trend.IMPROVED, Trend.between(ri2016, good2018));
    }

    @Test
    void aGradeOffTheCyclesScaleIsRefusedAsUnsupported() {
        assertFalse(Cycle.of("2016").isSupported(Grade.ADEQUATE));
        UnsupportedGradeException e = assertThrows(UnsupportedGradeException.class,
                () -> CycleGrade.of(Cycle.of("2016"), Grade.ADEQUATE));
        assertEquals(Grade.ADEQUATE, e.grade());
        assertTrue(e.getMessage().contains("Adequate") && e.getMessage().contains("PEEL 2016"), e.getMessage());
    }

    @Test
    void displayOrderSortsMixedCyclesWithoutThrowing() {
        List<CycleGrade> grades = new ArrayList<>(List.of(
                CycleGrade.of(Cycle.of("2023-25"), Grade.INADEQUATE),
                CycleGrade.of(Cycle.of("2016"), Grade.INADEQUATE),
                CycleGrade.of(Cycle.of("2016"), Grade.GOOD),
                CycleGrade.of(Cycle.of("2021-22"), Grade.ADEQUATE)));
        grades.sort(CycleGrade.DISPLAY_ORDER);
        assertEquals(List.of("Good (PEEL 2016)", "Inadequate (PEEL 2016)", "Adequate (PEEL 2021/22)",
                "Inadequate (PEEL 2023–2025)"), grades.stream().map(CycleGrade::toString).toList());
    }

    @Test
    void trendBetweenJudgmentsIsNeverAGuess() {
        CycleJudgment graded = new CycleJudgment(Cycle.of("2016"), Judgment.of("effectiveness", Grade.GOOD));
        CycleJudgment ungraded = new CycleJudgment(Cycle.of("2017"),
                Judgment.of("effectiveness", JudgmentStatus.NOT_YET_GRADED));
        CycleJudgment other = new CycleJudgment(Cycle.of("2017"), Judgment.of("efficiency", Grade.GOOD));
        CycleJudgment offScale = new CycleJudgment(Cycle.of("2017"), Judgment.of("effectiveness", Grade.ADEQUATE));
        assertEquals(Trend.NOT_COMPARABLE, Trend.between(graded, ungraded));
        assertEquals(Trend.NOT_COMPARABLE, Trend.between(graded, other));
        assertEquals(Trend.NOT_COMPARABLE, Trend.between(graded, offScale));
        assertEquals(Trend.UNCHANGED, Trend.between(graded,
                new CycleJudgment(Cycle.of("2018-19"), Judgment.of("effectiveness", Grade.GOOD))));
    }

    /** A cycle of a catalogue of one's own, starting on the first day of 2030. */
    private static Cycle cycle(String id, GradeScale scale) {
        return new Cycle(id, "Cycle " + id, scale, GradingLevel.AREAS, "one-group",
                new DateWindow(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31)), false, List.of());
    }

    @Test
    void cyclesOfOneGroupOnDifferentScalesAreNotComparableAndTheMessageSaysWhy() {
        CycleGrade four = CycleGrade.of(cycle("four", GradeScale.FOUR_POINT), Grade.GOOD);
        CycleGrade five = CycleGrade.of(cycle("five", GradeScale.FIVE_POINT), Grade.GOOD);
        assertFalse(four.isComparableTo(five));
        CycleMismatchException e = assertThrows(CycleMismatchException.class, () -> four.isLevelWith(five));
        assertEquals("Cycle four and Cycle five grades are not comparable: they use different grade scales "
                + "(four-point and five-point)", e.getMessage());
    }

    @Test
    void displayOrderSortsCyclesStartingOnTheSameDayByTheirIds() {
        List<CycleGrade> grades = new ArrayList<>(List.of(
                CycleGrade.of(cycle("c", GradeScale.FIVE_POINT), Grade.GOOD),
                CycleGrade.of(cycle("a", GradeScale.FIVE_POINT), Grade.GOOD),
                CycleGrade.of(cycle("b", GradeScale.FIVE_POINT), Grade.GOOD)));
        grades.sort(CycleGrade.DISPLAY_ORDER);
        assertEquals(List.of("a", "b", "c"), grades.stream().map(g -> g.cycle().id()).toList());
    }
}

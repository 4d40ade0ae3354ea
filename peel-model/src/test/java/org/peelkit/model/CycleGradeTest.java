package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

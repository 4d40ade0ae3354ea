package org.peelkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;

/** The bars of a cycle's distribution of grades, worked out by hand for small datasets. */
class DistributionTest {

    /** A bar as drawn: mark, count, top, width, where its label and count stand. */
    private static final String BAR = "<g class=\"bar\" data-mark=\"([^\"]+)\" data-count=\"(\\d+)\">"
            + "<text x=\"\\d+\" y=\"(\\d+)\"[^>]*>([^<]*)</text>"
            + "<rect x=\"\\d+\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"[^>]*/>"
            + "<text class=\"count\" x=\"(\\d+)\" y=\"(\\d+)\"[^>]*>(\\d+)</text></g>";
    private static final String BAR_FORMAT = "%s count %s: label at y %s '%s', bar at y %s %s wide %s high, count at %s,%s '%s'";

    private static List<String> bars(String section) {
        return Html.each(section, BAR, BAR_FORMAT);
    }

    private static String svgSize(String section) {
        return Html.each(section, "<svg class=\"distribution\"[^>]* width=\"(\\d+)\" height=\"(\\d+)\" viewBox=\"0 0 (\\d+) (\\d+)\"",
                "%s x %s (view box %s x %s)").get(0);
    }

    @Test
    void barsAreScaledToTheMostCommonMarkWithTheScalesGradesAlwaysShown() {
        // Cycle One is on the four-point scale: outstanding, good, requires improvement and
        // inadequate are drawn even at zero; adequate is not on it and is not drawn; of the statuses
        // only "not graded" occurs. Counts: good 4, inadequate 1, not graded 1; 6 in all.
        Dataset data = Dataset.of(List.of(
                Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.GOOD))
                        .judgment(Judgment.of("b", Grade.GOOD)).build(),
                Assessment.builder("east", "c1").judgment(Judgment.of("a", Grade.GOOD))
                        .judgment(Judgment.of("b", Grade.INADEQUATE)).build(),
                Assessment.builder("abbey", "c1").judgment(Judgment.of("a", JudgmentStatus.NOT_GRADED))
                        .judgment(Judgment.of("b", Grade.GOOD)).build()));
        String section = Html.cycle(SmallCatalogue.REPORT.render(data), "c1");
        // Bars 20 high, 26 apart from y 4; labels 15 below a bar's top; the longest bar (good, 4)
        // is 320 wide, a count of 1 is a quarter of that; a count stands 6 right of its bar's end
        // (bars start at x 190).
        assertEquals(List.of(
                "outstanding count 0: label at y 19 'Outstanding (O)', bar at y 4 0 wide 20 high, count at 196,19 '0'",
                "good count 4: label at y 45 'Good (G)', bar at y 30 320 wide 20 high, count at 516,45 '4'",
                "requires-improvement count 0: label at y 71 'Requires improvement (RI)', bar at y 56 0 wide 20 high, count at 196,71 '0'",
                "inadequate count 1: label at y 97 'Inadequate (I)', bar at y 82 80 wide 20 high, count at 276,97 '1'",
                "not-graded count 1: label at y 123 'Not graded (NG)', bar at y 108 80 wide 20 high, count at 276,123 '1'"),
                bars(section));
        // 190 for labels + 320 for the longest bar + 60 for its count; 8 + 5 bars of 26.
        assertEquals("570 x 138 (view box 570 x 138)", svgSize(section));
        assertTrue(section.contains("Cycle One: judgments by grade or status (6 in all)"), "the table's caption counts 6");
        assertEquals(List.of("Outstanding | 0", "Good | 4", "Requires improvement | 0", "Inadequate | 1", "Not graded | 1"),
                Html.rows(section, "distribution-table"));
    }

    @Test
    void aBarIsTheCountsShareOfTheLongestRoundedDown() {
        // Five-point scale: good 3, requires improvement 2 of 5; 2 x 320 / 3 = 213.33, drawn 213 wide.
        Dataset data = Dataset.of(List.of(
                Assessment.builder("west", "c3").judgment(Judgment.of("a", Grade.GOOD))
                        .judgment(Judgment.of("b", Grade.REQUIRES_IMPROVEMENT)).build(),
                Assessment.builder("east", "c3").judgment(Judgment.of("a", Grade.GOOD))
                        .judgment(Judgment.of("b", Grade.REQUIRES_IMPROVEMENT)).build(),
                Assessment.builder("north", "c3").judgment(Judgment.of("a", Grade.GOOD)).build()));
        String section = Html.cycle(SmallCatalogue.REPORT.render(data), "c3");
        assertEquals(List.of(
                "outstanding count 0: label at y 19 'Outstanding (O)', bar at y 4 0 wide 20 high, count at 196,19 '0'",
                "good count 3: label at y 45 'Good (G)', bar at y 30 320 wide 20 high, count at 516,45 '3'",
                "adequate count 0: label at y 71 'Adequate (A)', bar at y 56 0 wide 20 high, count at 196,71 '0'",
                "requires-improvement count 2: label at y 97 'Requires improvement (RI)', bar at y 82 213 wide 20 high, count at 409,97 '2'",
                "inadequate count 0: label at y 123 'Inadequate (I)', bar at y 108 0 wide 20 high, count at 196,123 '0'"),
                bars(section));
        assertTrue(section.contains("(5 in all)"), "5 judgments in all");
    }

    @Test
    void aCycleWithAnAssessmentButNoJudgmentsDrawsEveryGradeOfItsScaleAtZero() {
        Dataset data = Dataset.of(List.of(Assessment.builder("west", "c1").build()));
        String section = Html.cycle(SmallCatalogue.REPORT.render(data), "c1");
        assertEquals(List.of("outstanding 0 0", "good 0 0", "requires-improvement 0 0", "inadequate 0 0"),
                Html.each(section, "data-mark=\"([^\"]+)\" data-count=\"(\\d+)\"><text[^>]*>[^<]*</text><rect [^>]*width=\"(\\d+)\"",
                        "%s %s %s"));
        assertEquals("570 x 112 (view box 570 x 112)", svgSize(section), "8 + 4 bars of 26");
        assertTrue(section.contains("(0 in all)"), "no judgments");
    }

    @Test
    void aSingleJudgmentFillsTheWholeBar() {
        Dataset data = Dataset.of(List.of(
                Assessment.builder("west", "c4").judgment(Judgment.of("a", JudgmentStatus.NOT_YET_GRADED)).build()));
        String section = Html.cycle(SmallCatalogue.REPORT.render(data), "c4");
        assertEquals(List.of("outstanding 0 0", "good 0 0", "adequate 0 0", "requires-improvement 0 0", "inadequate 0 0",
                        "not-yet-graded 1 320"),
                Html.each(section, "data-mark=\"([^\"]+)\" data-count=\"(\\d+)\"><text[^>]*>[^<]*</text><rect [^>]*width=\"(\\d+)\"",
                        "%s %s %s"));
        assertTrue(section.contains("(1 in all)"), "one judgment");
    }
}

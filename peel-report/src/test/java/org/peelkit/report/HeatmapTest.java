package org.peelkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;

/**
 * A cycle's heatmap, laid out by hand: columns 46 wide from the end of the force names, rows 24
 * high below the column labels. The labels' space grows with the longest label (4.6 px a character
 * plus 24, at most 360); the names' with the longest name (6.4 px a character plus 20, from 160 to
 * 420).
 */
class HeatmapTest {

    private static final String CELL = "<g class=\"judgment\" data-question=\"([^\"]*)\" data-mark=\"([^\"]*)\">"
            + "<title>([^<]*)</title><rect class=\"([^\"]*)\" x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"[^>]*/>"
            + "<text class=\"cell-text\" x=\"(\\d+)\" y=\"(\\d+)\"[^>]*>([^<]*)</text></g>";
    private static final String CELL_FORMAT = "%s %s '%s' (%s) at %s,%s %sx%s, text at %s,%s '%s'";

    private static List<String> cells(String section) {
        return Html.each(section, CELL, CELL_FORMAT);
    }

    private static List<String> columns(String section) {
        return Html.each(section, "<text class=\"column\" transform=\"translate\\((\\d+) (\\d+)\\) rotate\\(-45\\)\">([^<]*)</text>",
                "'%3$s' at %1$s,%2$s");
    }

    private static List<String> forces(String section) {
        return Html.each(section, "<text class=\"force\" x=\"(\\d+)\" y=\"(\\d+)\">([^<]*)</text>", "'%3$s' at %1$s,%2$s");
    }

    private static String svgSize(String section) {
        return Html.each(section, "<svg class=\"heatmap\"[^>]* width=\"(\\d+)\" height=\"(\\d+)\" viewBox=\"0 0 (\\d+) (\\d+)\"",
                "%s x %s (view box %s x %s)").get(0);
    }

    private static Judgment neither(String question) {
        return new Judgment(question, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aCellPerJudgmentInCatalogueOrderOfForcesAndQuestions() {
        Dataset data = Dataset.of(List.of(
                Assessment.builder("abbey", "c1").judgment(Judgment.of("a", JudgmentStatus.NOT_GRADED))
                        .judgment(Judgment.of("b", Grade.GOOD)).build(),
                Assessment.builder("east", "c1").judgment(Judgment.of("b", Grade.INADEQUATE))
                        .judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.GOOD))
                        .judgment(Judgment.of("a", Grade.REQUIRES_IMPROVEMENT))
                        .judgment(Judgment.of("b", Grade.GOOD).withCarriedOverFrom("c0"))
                        .judgment(Judgment.of("zz", Grade.OUTSTANDING)).build()));
        String section = Html.cycle(SmallCatalogue.REPORT.render(data), "c1");

        // Forces: west and east in the catalogue's order, then abbey, which it does not know.
        // Columns: the cycle's questions in its order, "a" twice because west judged it twice, then
        // "zz", which the cycle does not have. Its label, 25 characters, is the longest:
        // 24 + 25 x 4.6 = 139 for the labels. Names are at most 17 characters: 160 for names.
        assertEquals(List.of("'Policing' at 183,133", "'Policing (again)' at 229,133", "'Crime' at 275,133",
                "'zz (not in the catalogue)' at 321,133"), columns(section));
        assertEquals(List.of("'West Police' at 152,155", "'East Constabulary' at 152,179", "'abbey' at 152,203"),
                forces(section));
        assertEquals(List.of(
                "a good 'West Police, Policing: Good' (cell good) at 160,139 46x24, text at 183,155 'G'",
                "a requires-improvement 'West Police, Policing (again): Requires improvement' (cell requires-improvement)"
                        + " at 206,139 46x24, text at 229,155 'RI'",
                "b good 'West Police, Crime: Good (carried over from c0)' (cell good carried-over) at 252,139 46x24,"
                        + " text at 275,155 'G*'",
                "zz outstanding 'West Police, zz (not in the catalogue): Outstanding' (cell outstanding) at 298,139 46x24,"
                        + " text at 321,155 'O'",
                "a good 'East Constabulary, Policing: Good' (cell good) at 160,163 46x24, text at 183,179 'G'",
                "b inadequate 'East Constabulary, Crime: Inadequate' (cell inadequate) at 252,163 46x24, text at 275,179 'I'",
                "a not-graded 'abbey, Policing: Not graded' (cell not-graded) at 160,187 46x24, text at 183,203 'NG'",
                "b good 'abbey, Crime: Good' (cell good) at 252,187 46x24, text at 275,203 'G'"),
                cells(section));
        // 160 + 4 columns of 46 + 139 (room for the last label, slanted) + 8; 139 + 3 rows of 24 + 4.
        assertEquals("491 x 215 (view box 491 x 215)", svgSize(section));
        assertEquals("Force | Policing | Policing (again) | Crime | zz (not in the catalogue)",
                Html.header(section, "heatmap-table"));
        assertEquals(List.of(
                "West Police | Good | Requires improvement | Good (carried over from c0) | Outstanding",
                "East Constabulary | Good |  | Inadequate | ",
                "abbey | Not graded |  | Good | "), Html.rows(section, "heatmap-table"));
        assertTrue(section.contains("<p class=\"meta\">four-point scale, comparability group g1; 3 assessments.</p>"),
                "the cycle's description");
    }

    @Test
    void aForceIsNamedAsItWasWhenTheReportWasPublishedElseWhenTheCycleBegan() {
        Dataset data = Dataset.of(List.of(
                Assessment.builder("east", "c1").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("east", "c2").judgment(Judgment.of("a", Grade.GOOD)).build()));
        String html = SmallCatalogue.REPORT.render(data);
        assertEquals(List.of("'East Constabulary' at 152,77"), forces(Html.cycle(html, "c1")),
                "renamed on 1 January 2022, after Cycle One began");
        assertEquals(List.of("'East Police' at 152,77"), forces(Html.cycle(html, "c2")), "Cycle Two began on that day");
        assertTrue(Html.force(html, "east").contains("<h3>East Police</h3>"), "the force's section has its current name");

        Dataset published = Dataset.of(List.of(Assessment.builder("east", "c1").published(PartialDate.parse("2022-02"))
                .judgment(Judgment.of("a", Grade.GOOD)).build()));
        assertEquals(List.of("'East Police' at 152,77"), forces(Html.cycle(SmallCatalogue.REPORT.render(published), "c1")),
                "published after the rename");
    }

    @Test
    void theNamesTakeTheRoomTheLongestNeedsWithinLimits() {
        String id = "a-force-no-catalogue-knows";
        assertEquals(26, id.length());
        // 20 + 26 x 6.4 = 186.4, so 187 for names; labels: 24 + 8 x 4.6 = 60.8, so 61.
        String section = Html.cycle(SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder(id, "c1").judgment(Judgment.of("a", Grade.GOOD)).build()))), "c1");
        assertEquals(List.of("'" + id + "' at 179,77"), forces(section));
        assertEquals(List.of("'Policing' at 210,55"), columns(section));
        assertEquals(List.of("a good '" + id + ", Policing: Good' (cell good) at 187,61 46x24, text at 210,77 'G'"),
                cells(section));
        assertEquals("302 x 89 (view box 302 x 89)", svgSize(section));

        // 78 characters would need 520: names get at most 420.
        String longer = id.repeat(3);
        section = Html.cycle(SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder(longer, "c1").judgment(Judgment.of("a", Grade.GOOD)).build()))), "c1");
        assertEquals(List.of("'" + longer + "' at 412,77"), forces(section));
        assertEquals("535 x 89 (view box 535 x 89)", svgSize(section), "420 + 46 + 61 + 8");
    }

    @Test
    void columnLabelsTakeAtMost360() {
        String question = "a-question-no-catalogue-knows".repeat(2);
        // its label, with " (not in the catalogue)", is 81 characters: 24 + 81 x 4.6 would be 397.
        String section = Html.cycle(SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder("west", "c1").judgment(Judgment.of(question, Grade.GOOD)).build()))), "c1");
        assertEquals(List.of("'" + question + " (not in the catalogue)' at 183,354"), columns(section));
        assertEquals(List.of("'West Police' at 152,376"), forces(section));
        assertEquals("574 x 388 (view box 574 x 388)", svgSize(section), "160 + 46 + 360 + 8; 360 + 24 + 4");
    }

    @Test
    void anAssessmentWithoutJudgmentsIsARowWithoutCells() {
        String section = Html.cycle(SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder("west", "c1").build()))), "c1");
        assertEquals(List.of(), columns(section));
        assertEquals(List.of("'West Police' at 152,40"), forces(section), "no labels: 24 above the first row");
        assertEquals(List.of(), cells(section));
        assertEquals("192 x 52 (view box 192 x 52)", svgSize(section), "160 + 24 + 8; 24 + 24 + 4");
        assertEquals(List.of("West Police"), Html.rows(section, "heatmap-table"));
        assertTrue(section.contains("; 1 assessment.</p>"), "one assessment, in the singular");
    }

    @Test
    void everyGradeAndStatusHasItsOwnClassLettersAndWords() {
        Dataset data = Dataset.of(List.of(Assessment.builder("west", "c3")
                .judgment(Judgment.of("a", Grade.OUTSTANDING))
                .judgment(Judgment.of("a", Grade.GOOD))
                .judgment(Judgment.of("a", Grade.ADEQUATE))
                .judgment(Judgment.of("a", Grade.REQUIRES_IMPROVEMENT))
                .judgment(Judgment.of("a", Grade.INADEQUATE))
                .judgment(Judgment.of("a", JudgmentStatus.UNGRADED))
                .judgment(Judgment.of("a", JudgmentStatus.NOT_GRADED))
                .judgment(Judgment.of("a", JudgmentStatus.NOT_YET_GRADED))
                .judgment(Judgment.of("a", JudgmentStatus.NOT_INSPECTED))
                .judgment(neither("a"))
                .build()));
        String section = Html.cycle(SmallCatalogue.REPORT.render(data), "c3");
        assertEquals(List.of("outstanding O", "good G", "adequate A", "requires-improvement RI", "inadequate I",
                        "ungraded U", "not-graded NG", "not-yet-graded NYG", "not-inspected NI", "unknown ?"),
                Html.each(section, CELL, "%2$s %11$s"));
        assertEquals(List.of("West Police | Outstanding | Good | Adequate | Requires improvement | Inadequate | Ungraded"
                        + " | Not graded | Not yet graded | Not inspected | Neither grade nor status"),
                Html.rows(section, "heatmap-table"));
    }
}

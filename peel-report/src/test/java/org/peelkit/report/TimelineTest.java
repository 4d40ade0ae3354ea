package org.peelkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.Dataset;
import org.peelkit.model.DateWindow;
import org.peelkit.model.Grade;
import org.peelkit.model.GradeScale;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.MonitoringStage;
import org.peelkit.model.PartialDate;

/**
 * A force's timeline, laid out by hand. The axis gives a year 70 px and starts a quarter of a year
 * before the earliest date drawn; a cycle stands at the middle of its window. The cycles of
 * {@link SmallCatalogue} each last one calendar year (365 days), so Cycle One (2021) stands at
 * (0.25 + 364.5 / 365.25) x 70 = 52.48, i.e. 52 px right of where the axis begins, and each later
 * year 70 px further. Bands are 44 high from y 60; on a band a grade's point goes down 24 px
 * from best (y + 10) to worst, in equal steps of its scale; a status sits in the middle (y + 22).
 */
class TimelineTest {

    private static final Pattern POINT = Pattern.compile("<g class=\"point\" data-mark=\"([^\"]+)\"><title>([^<]*)</title>\\s*"
            + "(?:<circle cx=\"(\\d+)\" cy=\"(\\d+)\" r=\"8\"|<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"16\" height=\"16\")[^>]*/>\\s*"
            + "<text class=\"point-text\" x=\"(\\d+)\" y=\"(\\d+)\"[^>]*>([^<]*)</text></g>");

    /** Points as drawn: a circle (a grade on the cycle's scale) or a 16 px square (anything else), by its centre. */
    private static List<String> points(String section) {
        List<String> found = new ArrayList<>();
        Matcher m = POINT.matcher(section);
        while (m.find()) {
            boolean circle = m.group(3) != null;
            int x = circle ? Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(5)) + 8;
            int y = circle ? Integer.parseInt(m.group(4)) : Integer.parseInt(m.group(6)) + 8;
            found.add(m.group(1) + (circle ? " circle" : " square") + " at " + x + "," + y + " '" + m.group(9) + "' text at "
                    + m.group(7) + "," + m.group(8) + " '" + m.group(2) + "'");
        }
        return found;
    }

    private static List<String> ticks(String section) {
        return Html.each(section, "<text class=\"tick\" x=\"(\\d+)\" y=\"(\\d+)\">([^<]*)</text>", "'%3$s' at %1$s,%2$s");
    }

    private static List<String> lanes(String section) {
        return Html.each(section, "<g class=\"(lane[^\"]*)\"><rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"[^>]*/>"
                + "<text class=\"lane\" x=\"(\\d+)\" y=\"(\\d+)\">([^<]*)</text></g>", "%s '%8$s' at %2$s,%3$s %4$sx%5$s, label at %6$s,%7$s");
    }

    private static List<String> breaks(String section) {
        return Html.each(section, "<g class=\"break\" data-x=\"(\\d+)\"><title>([^<]*)</title><line class=\"break-rule\""
                + " x1=\"(\\d+)\" y1=\"(\\d+)\" x2=\"(\\d+)\" y2=\"(\\d+)\"/><text class=\"break-label\" x=\"(\\d+)\" y=\"(\\d+)\">([^<]*)</text></g>",
                "%s '%s' from %s,%s to %s,%s, '%9$s' at %7$s,%8$s");
    }

    private static List<String> traces(String section) {
        return Html.each(section, "<polyline class=\"trace\" data-question=\"([^\"]*)\" data-group=\"([^\"]*)\" data-from=\"(\\d+)\""
                + " data-to=\"(\\d+)\" points=\"([^\"]*)\"/>", "%s in %s from %s to %s: %s");
    }

    private static List<String> periods(String section) {
        return Html.each(section, "<g class=\"period\" data-stage=\"([^\"]*)\"><title>([^<]*)</title><rect class=\"([^\"]*)\""
                + " x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"/><text x=\"(\\d+)\" y=\"(\\d+)\"[^>]*>([^<]*)</text></g>",
                "%s '%s' (%s) at %s,%s %sx%s, '%10$s' at %8$s,%9$s");
    }

    private static String svgSize(String section) {
        return Html.each(section, "<svg class=\"timeline\"[^>]* width=\"(\\d+)\" height=\"(\\d+)\" viewBox=\"0 0 (\\d+) (\\d+)\"",
                "%s x %s (view box %s x %s)").get(0);
    }

    @Test
    void gradesArePlacedByCycleAndGradeAndJoinedOnlyWithinAComparabilityGroup() {
        Dataset data = new Dataset(List.of(
                Assessment.builder("west", "c4").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.GOOD))
                        .judgment(Judgment.of("b", Grade.INADEQUATE)).build(),
                Assessment.builder("west", "c2").judgment(Judgment.of("a", Grade.OUTSTANDING))
                        .judgment(Judgment.of("b", JudgmentStatus.NOT_GRADED)).build(),
                Assessment.builder("west", "c3").judgment(Judgment.of("a", Grade.ADEQUATE)).build()),
                List.of(new MonitoringPeriod("west", MonitoringStage.ENGAGE, PartialDate.parse("2022-06"),
                                Optional.of(PartialDate.parse("2023-03")), List.of("r1", "r2")),
                        new MonitoringPeriod("west", MonitoringStage.SCAN, PartialDate.parse("2021-02"), Optional.empty(),
                                List.of())));
        String section = Html.force(SmallCatalogue.REPORT.render(data), "west");

        // Labels are short: the minimum, 200, for them. Cycles at 200 + 52 + 70 x (year - 2021).
        assertEquals(List.of("'Cycle One' at 252,48", "'Cycle Two' at 322,48", "'Cycle Three' at 392,48",
                "'Cycle Four' at 532,48"), ticks(section));
        // The axis runs from 2020.75 to the end of 2025 and a quarter: 5.5 years of 70 = 385, less a
        // day (384.95); + 200 + 8. Two bands and the monitoring row: 60 + 3 x 44 + 8.
        assertEquals("593 x 200 (view box 593 x 200)", svgSize(section));
        assertEquals(List.of("lane 'Policing' at 200,60 389x44, label at 192,86", "lane 'Crime' at 200,104 389x44, label at 192,130",
                "lane monitoring 'Monitoring (Scan, Engage)' at 200,148 389x44, label at 192,174"), lanes(section));
        // Four-point scale: steps of 8 (24 / 3); five-point: steps of 6 (24 / 4).
        assertEquals(List.of(
                "good circle at 252,78 'G' text at 252,81 'Cycle One, Policing: Good'",
                "outstanding circle at 322,70 'O' text at 322,73 'Cycle Two, Policing: Outstanding'",
                "adequate circle at 392,82 'A' text at 392,85 'Cycle Three, Policing: Adequate'",
                "good circle at 532,76 'G' text at 532,79 'Cycle Four, Policing: Good'",
                "inadequate circle at 252,138 'I' text at 252,141 'Cycle One, Crime: Inadequate'",
                "not-graded square at 322,126 'NG' text at 322,129 'Cycle Two, Crime: Not graded'"), points(section));
        // One break, half way between Cycle Two and Cycle Three, from above the ticks to the bottom.
        assertEquals(List.of("357 'Cycle Three grades are not comparable with Cycle Two grades' from 357,30 to 357,192,"
                + " 'not comparable' at 357,26"), breaks(section));
        // Policing is joined within g1 and within g2, not across the break; Crime has one grade on
        // either side of a status, so nothing to join.
        assertEquals(List.of("a in g1 from 252 to 322: 252,78 322,70", "a in g2 from 392 to 532: 392,82 532,76"),
                traces(section));
        // Scan from 1 February 2021 (31 days into the year: 23 px), still going: to the end of the
        // axis (593 - 8). Engage from 1 June 2022 (151 days: 116) to 31 March 2023 (89 days: 175).
        assertEquals(List.of("Scan 'Scan from 2021-02 (ongoing)' (period scan) at 223,154 362x32, 'Scan' at 227,174",
                "Engage 'Engage from 2022-06 to 2023-03: r1; r2' (period engage) at 316,154 59x32, 'Engage' at 320,174"),
                periods(section));
        assertTrue(section.contains("<text class=\"lane hint\" x=\"192\" y=\"48\""), "the hint stands left of the ticks");
        assertEquals("Question | Cycle One | Cycle Two | not comparable | Cycle Three | Cycle Four",
                Html.header(section, "timeline-table"));
        assertEquals(List.of("Policing | Good | Outstanding |  | Adequate | Good",
                "Crime | Inadequate | Not graded |  |  | ",
                "Monitoring | Scan from 2021-02 (ongoing) | Engage from 2022-06 to 2023-03: r1; r2 |  |  |  | "),
                Html.rows(section, "timeline-table"));
    }

    @Test
    void aCycleOfOneDayStandsHalfADayInAndTheAxisRunsPastItsEnd() {
        // A window is inclusive: a cycle of 1 January 2021 alone lasts one day (1/365.25 of a
        // year). Its tick stands half a day after the axis's start + a quarter year:
        // (0.25 + 0.5 / 365.25) x 70 = 17.60, so 18; the axis ends a quarter year after that day
        // ends: (0.5 + 1 / 365.25) x 70 = 35.19, so 36 wide.
        LocalDate day = LocalDate.of(2021, 1, 1);
        Catalogue oneDay = Catalogue.of(List.of(new Cycle("d1", "Day One", GradeScale.FIVE_POINT, GradingLevel.AREAS, "g",
                new DateWindow(day, day), false, List.of())), List.of());
        String section = Html.force(PeelReport.of(oneDay).render(Dataset.of(List.of(
                Assessment.builder("west", "d1").judgment(Judgment.of("a", Grade.GOOD)).build()))), "west");
        assertEquals(List.of("'Day One' at 218,48"), ticks(section));
        assertEquals("244 x 112 (view box 244 x 112)", svgSize(section), "200 + 36 + 8");
    }

    @Test
    void aGradeOffTheCyclesScaleIsASquareThatNoLineJoins() {
        Dataset data = Dataset.of(List.of(
                Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.ADEQUATE)).build(),
                Assessment.builder("west", "c2").judgment(Judgment.of("a", Grade.GOOD)).build()));
        String section = Html.force(SmallCatalogue.REPORT.render(data), "west");
        assertEquals(List.of("adequate square at 252,82 'A' text at 252,85 'Cycle One, Policing: Adequate'",
                "good circle at 322,78 'G' text at 322,81 'Cycle Two, Policing: Good'"), points(section));
        assertEquals(List.of(), traces(section), "adequate is not on the four-point scale");
        assertEquals(List.of(), breaks(section));
        assertEquals("383 x 112 (view box 383 x 112)", svgSize(section), "200 + 175 + 8; 60 + 44 + 8");
        assertEquals(List.of("Policing | Adequate | Good"), Html.rows(section, "timeline-table"));
    }

    @Test
    void aForceOnlyUnderMonitoringHasATimelineOfItsPeriods() {
        Dataset data = new Dataset(List.of(), List.of(
                new MonitoringPeriod("east", MonitoringStage.SCAN, PartialDate.parse("2022"),
                        Optional.of(PartialDate.parse("2023")), List.of()),
                new MonitoringPeriod("north", MonitoringStage.ENGAGE, PartialDate.parse("2022-03-15"),
                        Optional.of(PartialDate.parse("2022-03-15")), List.of("one day")),
                new MonitoringPeriod("north", MonitoringStage.SCAN, PartialDate.parse("2022"), Optional.empty(), List.of())));
        String html = SmallCatalogue.REPORT.render(data);
        assertTrue(html.contains("<h1>PEEL grades of 2 forces</h1>"), "two forces on the page");

        // From the start of 2022 (the axis from 2021.75) to the end of 2023: 2.5 years less a day
        // is 174.76 px, so 383 wide; no bands, the monitoring row at 60.
        String east = Html.force(html, "east");
        assertTrue(east.contains("<h3>East Police</h3>"), "named by the catalogue");
        assertEquals("383 x 112 (view box 383 x 112)", svgSize(east));
        assertEquals(List.of("lane monitoring 'Monitoring (Scan, Engage)' at 200,60 179x44, label at 192,86"), lanes(east));
        assertEquals(List.of("Scan 'Scan from 2022 to 2023' (period scan) at 218,66 139x32, 'Scan' at 222,86"), periods(east));
        assertEquals(List.of(), ticks(east));
        assertEquals("Question", Html.header(east, "timeline-table"));
        assertEquals(List.of("Monitoring | Scan from 2022 to 2023"), Html.rows(east, "timeline-table"));

        // Still in Scan: the axis runs a year past its start (2021.75 to 2023.25: 105 px). A
        // period of one day is drawn 3 wide, so it can be seen.
        String north = Html.force(html, "north");
        assertTrue(north.contains("<h3>north</h3>"), "a force the catalogue does not know is named by its id");
        assertEquals("313 x 112 (view box 313 x 112)", svgSize(north));
        assertEquals(List.of("Scan 'Scan from 2022 (ongoing)' (period scan) at 218,66 87x32, 'Scan' at 222,86",
                "Engage 'Engage from 2022-03-15 to 2022-03-15: one day' (period engage) at 231,66 3x32, 'Engage' at 235,86"),
                periods(north));
    }

    @Test
    void bandLabelsTakeTheRoomTheLongestNeedsWithinLimits() {
        String question = "a-question-no-catalogue-knows";
        // Its label, with " (not in the catalogue)", is 52 characters: 24 + 52 x 6.4 = 356.8.
        String section = Html.force(SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder("west", "c1").judgment(Judgment.of(question, Grade.GOOD)).build()))), "west");
        assertEquals(List.of("lane '" + question + " (not in the catalogue)' at 357,60 109x44, label at 349,86"), lanes(section));
        assertEquals(List.of("'Cycle One' at 409,48"), ticks(section));
        assertEquals("470 x 112 (view box 470 x 112)", svgSize(section), "357 + 105 (1.5 years less a day) + 8");

        // 110 characters would need 728: labels get at most 560.
        String longer = question.repeat(3);
        section = Html.force(SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder("west", "c1").judgment(Judgment.of(longer, Grade.GOOD)).build()))), "west");
        assertEquals(List.of("'Cycle One' at 612,48"), ticks(section));
        assertEquals("673 x 112 (view box 673 x 112)", svgSize(section));
    }
}

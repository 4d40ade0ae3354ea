package org.peelkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peelkit.io.Location;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.rules.Severity;
import org.peelkit.rules.ValidationFinding;
import org.peelkit.rules.ValidationReport;
import org.peelkit.testkit.SharedFiles;

class PeelReportTest {

    private static final Path SHARED = SharedFiles.dir();

    private static Dataset read(String fixture) {
        return PeelJson.standard().readDocument(SHARED.resolve("fixtures").resolve(fixture)).dataset();
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void markupInEveryTextFieldIsShownAsText() {
        String html = PeelReport.standard().render(Hostile.dataset(), Hostile.sources(), Hostile.findings());
        assertFalse(html.contains("<script"), "a <script> element reached the page");
        assertFalse(html.contains("<img"), "an <img> element reached the page");
        assertFalse(html.contains("href=\"javascript"), "a javascript: source became a link");
        for (int n = 1; n <= Hostile.FIELDS; n++) {
            assertTrue(html.contains("F" + n + "&lt;script&gt;"), "field " + n + " is not shown, escaped, on the page");
        }
    }

    @Test
    void everyGradeAndStatusIsDrawnDistinctlyWithATextLabel() {
        java.util.Set<String> looks = new java.util.HashSet<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (Mark m : Mark.ALL) {
            assertTrue(looks.add(m.fill() + " " + m.outline()), m.label() + " looks like another mark");
            assertTrue(labels.add(m.abbreviation()), m.label() + " has another mark's label");
        }
        Assessment a = Assessment.builder("kent", "2023-25")
                .judgment(Judgment.of("victim-service-assessment", JudgmentStatus.NOT_YET_GRADED))
                .judgment(Judgment.of("preventing-crime", Grade.GOOD).withCarriedOverFrom("2021-22"))
                .judgment(Judgment.of("investigating-crime", JudgmentStatus.NOT_GRADED))
                .build();
        String html = PeelReport.standard().render(Dataset.of(List.of(a)));
        assertTrue(html.contains("<rect class=\"cell good carried-over\""), "a carried-over grade has its own outline");
        assertTrue(html.contains(">G*</text>"), "and its own label");
        assertTrue(html.contains("<rect class=\"cell not-yet-graded\""), "not yet graded");
        assertTrue(html.contains("<rect class=\"cell not-graded\""), "not graded");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertTrue(ForceSection.isWebAddress("https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/"));
        assertFalse(ForceSection.isWebAddress("javascript:alert(1)"));
        assertFalse(ForceSection.isWebAddress("https://a.example/ onmouseover=x"));
    }

    @Test
    void theEffectiveness2016HeatmapHasARowAndACellPerForce() {
        Dataset data = read("effectiveness-2016-all-forces.json");
        String html = PeelReport.standard().render(data);
        assertEquals(data.assessments().size(), count(html, "<g class=\"heatmap-row\""), "rows");
        int judgments = data.assessments().stream().mapToInt(a -> a.judgments().size()).sum();
        assertEquals(judgments, count(html, "<g class=\"judgment\""), "cells");
        assertEquals(0, count(html, "class=\"comparability-break\""), "one cycle has no break");
        assertEquals(2, count(PeelReport.standard().render(met()), "class=\"comparability-break\""),
                "the heatmaps break before 2021/22 and before 2023-25");
    }

    /** The Met in 2015, 2018/19, 2021/22 and 2023–25: three comparability groups. */
    private static Dataset met() {
        List<org.peelkit.model.Assessment> all = new ArrayList<>();
        for (String f : List.of("metropolitan-dataset.json", "metropolitan-2021-22.json", "metropolitan-2023-25.json")) {
            all.addAll(read(f).assessments());
        }
        return Dataset.of(all);
    }

    @Test
    void noTimelineTraceCrossesAComparabilityBreak() {
        Dataset data = met();
        String html = PeelReport.standard().render(data);
        List<Integer> breaks = new ArrayList<>();
        Matcher b = Pattern.compile("<g class=\"break\" data-x=\"(\\d+)\"").matcher(html);
        while (b.find()) {
            breaks.add(Integer.parseInt(b.group(1)));
        }
        assertEquals(2, breaks.size(), "the Met's timeline breaks before 2021/22 and before 2023-25");
        Matcher t = Pattern.compile("data-from=\"(\\d+)\" data-to=\"(\\d+)\"").matcher(html);
        int traces = 0;
        while (t.find()) {
            traces++;
            int from = Integer.parseInt(t.group(1));
            int to = Integer.parseInt(t.group(2));
            for (int x : breaks) {
                assertFalse(from < x && x < to, "a trace from " + from + " to " + to + " crosses the break at " + x);
            }
        }
        assertTrue(traces > 0, "the Met has grades to join");
    }

    @Test
    void cyclesComeInCatalogueOrderWithABreakWhereTheGroupChanges() {
        Dataset data = Dataset.of(List.of(
                Assessment.builder("west", "c4").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("west", "c3").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.GOOD)).build()));
        String html = SmallCatalogue.REPORT.render(data);
        assertEquals(List.of("c1", "c3", "c4"), Html.each(html, "<section class=\"cycle\" data-cycle=\"([^\"]*)\"", "%s"),
                "Cycle Two has no assessment and is left out");
        // The break is between the cycles drawn: Cycle One, then Cycle Three.
        assertEquals(List.of("c3: Cycle Three grades are not comparable with Cycle One grades: HMICFRS changed the framework,"
                        + " so no trend is read across this line."),
                Html.each(html, "<div class=\"comparability-break\" role=\"separator\" data-before=\"([^\"]*)\">"
                        + "<strong>not comparable</strong>: ([^<]*)</div>", "%s: %s"));
        assertTrue(Html.cycle(html, "c4").contains("five-point scale, comparability group g2, catalogue provisional; 1 assessment."),
                "Cycle Four is provisional");
        assertTrue(Html.cycle(html, "c3").contains("five-point scale, comparability group g2; 1 assessment."),
                "Cycle Three is not");

        String sameGroup = SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("west", "c2").judgment(Judgment.of("a", Grade.GOOD)).build())));
        assertEquals(0, count(sameGroup, "class=\"comparability-break\""), "Cycle One and Two compare");
    }

    @Test
    void forcesComeInCatalogueOrderThenTheUnknownByIdAndTheTitleCountsThem() {
        Dataset data = Dataset.of(List.of(
                Assessment.builder("mystery", "c1").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("east", "c1").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("abbey", "c1").judgment(Judgment.of("a", Grade.GOOD)).build(),
                Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.GOOD)).build()));
        String html = SmallCatalogue.REPORT.render(data);
        assertEquals(List.of("west", "east", "abbey", "mystery"),
                Html.each(html, "<section class=\"force\" data-force=\"([^\"]*)\"", "%s"));
        assertEquals(List.of("west", "east", "abbey", "mystery"),
                Html.each(Html.cycle(html, "c1"), "<g class=\"heatmap-row\" data-force=\"([^\"]*)\"", "%s"));
        assertTrue(html.contains("<title>PEEL grades of 4 forces</title>"), "the title counts the forces");

        String one = SmallCatalogue.REPORT.render(Dataset.of(List.of(
                Assessment.builder("east", "c1").judgment(Judgment.of("a", Grade.GOOD)).build())));
        assertTrue(one.contains("<h1>East Police: PEEL grades</h1>"), "one force: its current name");
        assertTrue(SmallCatalogue.REPORT.render(Dataset.of(List.of())).contains("<h1>PEEL grades of 0 forces</h1>"),
                "nothing to draw");
    }

    @Test
    void assessmentsOfCyclesTheCatalogueDoesNotKnowAreCountedNotDrawn() {
        Assessment known = Assessment.builder("west", "c1").judgment(Judgment.of("a", Grade.GOOD)).build();
        String none = SmallCatalogue.REPORT.render(Dataset.of(List.of(known)));
        assertEquals(0, count(none, "class=\"not-drawn\""), "every cycle is known");

        String one = SmallCatalogue.REPORT.render(Dataset.of(List.of(known, Assessment.builder("west", "c9").build())));
        assertEquals(List.of("1 assessment of cycles the catalogue does not know is not drawn: c9"),
                Html.each(one, "<p class=\"not-drawn\">([^<]*)</p>", "%s"));
        assertEquals(List.of("c1"), Html.each(one, "<section class=\"cycle\" data-cycle=\"([^\"]*)\"", "%s"));

        String three = SmallCatalogue.REPORT.render(Dataset.of(List.of(Assessment.builder("west", "c9").build(), known,
                Assessment.builder("east", "c8").build(), Assessment.builder("east", "c9").build())));
        assertEquals(List.of("3 assessments of cycles the catalogue does not know are not drawn: c8, c9"),
                Html.each(three, "<p class=\"not-drawn\">([^<]*)</p>", "%s"));
        assertEquals(List.of("west"), Html.each(three, "<section class=\"force\" data-force=\"([^\"]*)\"", "%s"),
                "east has nothing drawn");
    }

    @Test
    void validationFindingsAreCountedBySeverityAndListedWhereTheyAre() {
        List<ReportFinding> findings = List.of(
                new ReportFinding("a.json", Optional.of(Location.of(3, 4)), "error", "PEEL-003", "/assessments/0", "first"),
                new ReportFinding("a.json", Optional.empty(), "warning", "PEEL-010", "", "second"),
                new ReportFinding("b.json", Optional.of(Location.ofLine(7)), "error", "PEEL-004", "/x", "third"),
                new ReportFinding("b.json", Optional.empty(), "info", "PEEL-020", "/y", "fourth"));
        String html = SmallCatalogue.REPORT.render(Dataset.of(List.of()), List.of("a.json", "b.json"), findings);
        assertTrue(html.contains("<p>2 errors, 1 warning, 4 findings in all. Grades below are drawn as read.</p>"),
                "counts by severity");
        assertEquals(List.of("a.json:3:4 error PEEL-003 /assessments/0 first", "a.json warning PEEL-010 / second",
                        "b.json:7:1 error PEEL-004 /x third", "b.json info PEEL-020 /y fourth"),
                Html.each(html, "<tr class=\"finding\"><td class=\"where\">([^<]*)</td><td class=\"severity-[a-z]+\">([^<]*)</td>"
                        + "<td>([^<]*)</td><td><code>([^<]*)</code></td><td>([^<]*)</td></tr>", "%s %s %s %s %s"));
        assertEquals(List.of("a.json", "b.json"), Html.each(html, "<code class=\"source\">([^<]*)</code>", "%s"));

        String oneEach = SmallCatalogue.REPORT.render(Dataset.of(List.of()), List.of(), List.of(findings.get(0), findings.get(1)));
        assertTrue(oneEach.contains("<p>1 error, 1 warning, 2 findings in all."), "in the singular");
        String clean = SmallCatalogue.REPORT.render(Dataset.of(List.of()));
        assertTrue(clean.contains("No findings: the data passed every rule."), "no findings");
    }

    @Test
    void aValidationReportsFindingsKeepTheirOrderAndFile() {
        ValidationReport report = new ValidationReport("data.json", 2, List.of(
                new ValidationFinding(Severity.WARNING, "PEEL-010", "/assessments/1", Optional.of(Location.of(9, 2)), "later"),
                new ValidationFinding(Severity.ERROR, "PEEL-003", "", Optional.empty(), "whole")));
        assertEquals(List.of(
                        new ReportFinding("data.json", Optional.of(Location.of(9, 2)), "warning", "PEEL-010", "/assessments/1", "later"),
                        new ReportFinding("data.json", Optional.empty(), "error", "PEEL-003", "", "whole")),
                ReportFinding.allOf(report));
        assertEquals(List.of(), ReportFinding.allOf(new ValidationReport("empty.json", 0, List.of())));
        ReportFinding whole = ReportFinding.allOf(report).get(1);
        assertEquals("data.json", whole.where(), "no line known");
        assertEquals("/", whole.pointer(), "the whole document");
        assertEquals("data.json:9:2", ReportFinding.allOf(report).get(0).where());
        assertEquals("/assessments/1", ReportFinding.allOf(report).get(0).pointer());
    }

    @Test
    void theFooterNamesTheCatalogue() {
        assertTrue(SmallCatalogue.REPORT.render(Dataset.of(List.of())).contains(
                "<span class=\"catalogue\">custom catalogue, 4 cycles (Cycle One to Cycle Four), 2 forces</span>"), "custom");
        assertTrue(PeelReport.of(Catalogue.of(List.of(), List.of())).render(Dataset.of(List.of())).contains(
                "<span class=\"catalogue\">custom catalogue, 0 cycles, 0 forces</span>"), "an empty catalogue");
        assertTrue(PeelReport.of(Catalogue.builtIn()).render(Dataset.of(List.of())).contains(
                "<span class=\"catalogue\">built-in catalogue, 8 cycles (PEEL 2014 to "), "the built-in one, however reached");
    }

    @Test
    void theWriterGetsThePageTheStringHas() {
        Dataset data = met();
        StringWriter out = new StringWriter();
        PeelReport.standard().render(data, List.of("met.json"), Hostile.findings(), out);
        assertEquals(PeelReport.standard().render(data, List.of("met.json"), Hostile.findings()), out.toString());
    }

    @Test
    void thePageFetchesNothingAndNamesItsMaker() {
        String html = PeelReport.standard().render(met());
        assertTrue(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "CSP");
        assertFalse(html.contains(" src="), "nothing is loaded from elsewhere");
        assertFalse(html.contains("<link"), "no linked stylesheet");
        assertTrue(html.contains("<span class=\"version\">" + PeelReport.version() + "</span>"), "version");
        assertFalse(PeelReport.version().contains("${"), "the version is filtered in at build time");
        assertTrue(PeelReport.version().matches("\\d+\\.\\d+\\.\\d+.*"), "a version number, not " + PeelReport.version());
        assertTrue(html.contains("built-in catalogue, 8 cycles"), "catalogue");
    }
}

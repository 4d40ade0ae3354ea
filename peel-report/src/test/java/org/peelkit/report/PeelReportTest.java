package org.peelkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
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
    void thePageFetchesNothingAndNamesItsMaker() {
        String html = PeelReport.standard().render(met());
        assertTrue(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "CSP");
        assertFalse(html.contains(" src="), "nothing is loaded from elsewhere");
        assertFalse(html.contains("<link"), "no linked stylesheet");
        assertTrue(html.contains("<span class=\"version\">" + PeelReport.version() + "</span>"), "version");
        assertFalse(PeelReport.version().contains("${"), "the version is filtered in at build time");
        assertTrue(html.contains("built-in catalogue, 8 cycles"), "catalogue");
    }
}

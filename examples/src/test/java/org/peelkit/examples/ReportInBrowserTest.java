package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.Dataset;
import org.peelkit.testkit.SharedFiles;

/**
 * {@code peel report} pages opened in headless Chromium: the DOM has one heatmap row per
 * assessment and one cell per judgment, a "not comparable" break wherever the comparability group
 * changes and no timeline line across it, no console errors, and markup from the data shown as
 * text. Screenshots go to {@code target/screenshots/}.
 */
class ReportInBrowserTest {

    private static final Path TARGET = Path.of("target");
    private static final Path SHARED = SharedFiles.dir().toAbsolutePath().normalize();
    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Path report(String name, String... files) {
        Path page = TARGET.resolve(name).toAbsolutePath();
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(List.of(files));
        args.addAll(List.of("-o", page.toString()));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(PeelCommand.OK, run.status(), "peel report " + args + " failed: " + run.err());
        assertTrue(run.noStackTrace(), run.err());
        return page;
    }

    @Test
    void theBundledMetDataset() throws IOException {
        Dataset data = PeelJson.standard().readDocument(Inputs.bundled(), Inputs.BUNDLED).dataset();
        chromium.open(report("met.html"));
        checkPage(data);
        chromium.screenshot(TARGET.resolve("screenshots/met.png"), 1500);
        chromium.screenshot(chromium.driver.findElement(By.cssSelector("section.force svg.timeline")),
                TARGET.resolve("screenshots/met-timeline.png"));
    }

    @Test
    void allFortyThreeForcesInEffectiveness2016AndLegitimacy2017() throws IOException {
        Path fixtures = SHARED.resolve("fixtures");
        Path effectiveness = fixtures.resolve("effectiveness-2016-all-forces.json");
        Path legitimacy = fixtures.resolve("legitimacy-2017-all-forces.json");
        List<Assessment> all = new ArrayList<>();
        for (Path p : List.of(effectiveness, legitimacy)) {
            all.addAll(PeelJson.standard().readDocument(p).dataset().assessments());
        }
        chromium.open(report("all.html", effectiveness.toString(), legitimacy.toString()));
        Dataset data = Dataset.of(all);
        checkPage(data);
        for (String cycle : List.of("2016", "2017")) {
            assertEquals(43, rows(cycle).size(), "every force of England and Wales in " + cycle);
        }
        chromium.screenshot(TARGET.resolve("screenshots/all.png"), 1500);
    }

    @Test
    void markupInTheDataIsShownAsText() throws IOException {
        String payload = "<script>document.title='pwned'</script>\\\"><img src=x onerror=\\\"document.title='pwned'\\\">";
        Path file = TARGET.resolve("hostile.json");
        Files.writeString(file, """
                {"peel": "1", "assessments": [{"force": "metropolitan", "cycle": "2021-22", "inspector": "%1$s",
                  "source": "javascript:document.title='pwned'",
                  "judgments": [{"question": "preventing-crime", "grade": "good", "summary": "%1$s"},
                                {"question": "%1$s", "grade": "good"}],
                  "findings": [{"type": "area-for-improvement", "text": "%1$s"}]}]}
                """.formatted(payload), StandardCharsets.UTF_8);
        Path page = TARGET.resolve("hostile.html").toAbsolutePath();
        CommandRun run = CommandRun.of("report", file.toString(), "-o", page.toString());
        assertTrue(run.noStackTrace(), run.err());
        assertTrue(Files.exists(page), "the page is written even though the data has errors: " + run.err());
        chromium.open(page);
        assertEquals(0, chromium.driver.findElements(By.tagName("img")).size(), "an <img> from the data became an element");
        assertEquals(0, chromium.driver.findElements(By.tagName("script")).size(),
                "a <script> from the data became an element");
        assertFalse(chromium.driver.getTitle().contains("pwned"), "script from the data ran");
        assertEquals(0, chromium.driver.findElements(By.cssSelector("a[href^='javascript']")).size(),
                "a javascript: source became a link");
        String text = chromium.driver.findElement(By.tagName("body")).getText();
        assertTrue(text.contains("<script>document.title='pwned'</script>"), "the <script> text is shown as text");
        assertTrue(text.contains("\"><img src=x onerror="), "the <img> text is shown as text");
        assertTrue(chromium.consoleErrors().isEmpty(), "console errors: " + chromium.consoleErrors());
    }

    /** The checks every page passes, against the data read independently of the report. */
    private static void checkPage(Dataset data) {
        List<Cycle> drawn = CATALOGUE.cycles().stream()
                .filter(c -> data.assessments().stream().anyMatch(a -> a.cycle().equals(c.id()))).toList();
        List<String> expectedBreaks = new ArrayList<>();
        for (int i = 1; i < drawn.size(); i++) {
            if (!drawn.get(i - 1).isComparableWith(drawn.get(i))) {
                expectedBreaks.add(drawn.get(i).id());
            }
        }
        for (Cycle c : drawn) {
            List<Assessment> in = data.assessments().stream().filter(a -> a.cycle().equals(c.id())).toList();
            List<WebElement> rows = rows(c.id());
            assertEquals(in.size(), rows.size(), "one heatmap row per force in " + c.name());
            for (WebElement row : rows) {
                String force = row.getAttribute("data-force");
                int judgments = in.stream().filter(a -> a.force().equals(force))
                        .mapToInt(a -> a.judgments().size()).sum();
                assertEquals(judgments, row.findElements(By.cssSelector("g.judgment > rect.cell")).size(),
                        "one cell per judgment of " + force + " in " + c.name());
                assertEquals(judgments, row.findElements(By.cssSelector("g.judgment > text.cell-text")).size(),
                        "a text label on every cell of " + force + " in " + c.name());
            }
        }
        List<String> breaks = chromium.driver.findElements(By.cssSelector("div.comparability-break")).stream()
                .peek(b -> assertTrue(b.isDisplayed() && b.getText().contains("not comparable"), "visible break"))
                .map(b -> b.getAttribute("data-before")).toList();
        assertEquals(expectedBreaks, breaks, "a break before each cycle of a new comparability group");
        for (WebElement timeline : chromium.driver.findElements(By.cssSelector("section.force svg.timeline"))) {
            List<Double> xs = timeline.findElements(By.cssSelector("g.break > line.break-rule")).stream()
                    .map(l -> Double.parseDouble(l.getAttribute("x1"))).toList();
            for (WebElement trace : timeline.findElements(By.cssSelector("polyline.trace"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> box = (Map<String, Object>) chromium.driver.executeScript(
                        "const b = arguments[0].getBBox(); return {x: b.x, width: b.width};", trace);
                double from = ((Number) box.get("x")).doubleValue();
                double to = from + ((Number) box.get("width")).doubleValue();
                for (double x : xs) {
                    assertFalse(from < x && x < to, "a timeline line from x=" + from + " to " + to
                            + " crosses the comparability break at x=" + x);
                }
            }
        }
        if (!expectedBreaks.isEmpty()) {
            List<WebElement> labels = chromium.driver.findElements(By.cssSelector("svg.timeline g.break text.break-label"));
            assertFalse(labels.isEmpty(), "the timeline shows its breaks");
            labels.forEach(l -> assertEquals("not comparable", l.getText(), "break label"));
        }
        assertTrue(chromium.consoleErrors().isEmpty(), "console errors: " + chromium.consoleErrors());
    }

    private static List<WebElement> rows(String cycle) {
        return chromium.driver.findElements(By.cssSelector("section.cycle[data-cycle='" + cycle + "'] svg.heatmap g.heatmap-row"));
    }
}

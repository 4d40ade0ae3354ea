package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peelkit.testkit.SharedFiles;

/** The README's section "Drawing a dataset: peel report" says what is true. */
class ReportReadmeTest {

    private static final Path ROOT = Path.of("..");

    private static String section() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Drawing a dataset: peel report");
        assertTrue(start >= 0, "the README has the section");
        int end = readme.indexOf("\n## ", start + 3);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void theCommandsAreTheOnesTheBrowserTestRuns() throws IOException {
        String section = section();
        assertTrue(section.contains("peel report -o met.html "), "the Met command");
        assertTrue(section.contains("peel report ../shared/fixtures/*all-forces.json -o all.html "), "the all-forces command");
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("peel report [FILE ...] [-o report.html]"), "the usage block lists peel report");
        String[] fixtures = {"effectiveness-2016-all-forces.json", "legitimacy-2017-all-forces.json"};
        try (var files = Files.list(SharedFiles.fixturesDir())) {
            String[] matched = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("all-forces.json"))
                    .sorted().toArray(String[]::new);
            assertArrayEquals(fixtures, matched, "*all-forces.json matches the two fixtures the browser test draws");
        }
    }

    @Test
    void theScreenshotsAreThere() throws IOException {
        Matcher m = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(section());
        int images = 0;
        while (m.find()) {
            Path image = ROOT.resolve(m.group(1));
            assertTrue(Files.isRegularFile(image), "the README shows " + image + ", which is missing");
            byte[] head = Arrays.copyOf(Files.readAllBytes(image), 8);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, image + " is a PNG");
            images++;
        }
        assertEquals(3, images, "a screenshot of each command, and the Met's timeline");
    }
}

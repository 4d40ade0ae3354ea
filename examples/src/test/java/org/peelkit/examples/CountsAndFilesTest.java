package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, items 4, 15 and 16 at the command: a count takes its noun's number, a file that cannot
 * be read gets the same words whatever its format, and an unpaired surrogate is a located finding.
 */
class CountsAndFilesTest {

    private static final Path SHARED = org.peelkit.testkit.SharedFiles.dir();

    @TempDir
    Path dir;

    @Test
    void checkOfOneJudgmentSaysJudgmentInTheSingular() throws IOException {
        Path report = dir.resolve("one.txt");
        Files.writeString(report, "Metropolitan 2016\n"
                + "The extent to which the force is legitimate at keeping people safe and reducing crime is good.\n");
        Path data = SHARED.resolve("fixtures/metropolitan-2016.json");
        CommandRun r = CommandRun.of("check", data.toString(), "--text", report.toString());
        assertTrue(r.out().endsWith("peel: 1 judgment of the page checked against " + data + ": 0 disagree\n"), r::toString);
    }

    @Test
    void aMissingFileAndADirectoryGetTheSameWordsInEveryFormat() throws IOException {
        for (String name : List.of("grades.json", "grades.csv", "grades.jsonl", "grades.ndjson")) {
            Path missing = dir.resolve(name);
            CommandRun r = CommandRun.of("validate", missing.toString());
            assertEquals(2, r.status(), r::toString);
            assertTrue(r.err().startsWith("peel: " + missing + ": Cannot read the file: no such file\n"), r::toString);
            Path directory = Files.createDirectories(dir.resolve("d").resolve(name));
            CommandRun d = CommandRun.of("validate", directory.toString());
            assertEquals(2, d.status(), d::toString);
            assertTrue(d.err().startsWith("peel: " + directory + ": Cannot read the file: is a directory\n"), d::toString);
            CommandRun c = CommandRun.of("convert", directory.toString(), "--to", "json");
            assertEquals("peel: " + directory + ": Cannot read the file: is a directory\n", c.err(), c::toString);
        }
    }

    @Test
    void anUnpairedSurrogateIsALocatedFindingAndNeverAQuestionMark() throws IOException {
        Path file = dir.resolve("lee.json");
        Files.writeString(file, "{\"peel\": \"1\", \"force\": \"metropolitan\", \"cycle\": \"2016\", \"partial\": true,\n"
                + " \"inspector\": \"Lee \\ud800 F\", \"judgments\": []}\n");
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().startsWith(file + ":2:15: error PEEL-019 /inspector Value 'Lee \\uD800 F' holds an unpaired"
                + " surrogate \\uD800 at character 5"), r::toString);
        assertTrue(!r.out().contains("?"), r::toString);
    }
}

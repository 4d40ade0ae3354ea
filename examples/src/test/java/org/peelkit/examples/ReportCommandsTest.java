package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;

class ReportCommandsTest {

    private static final Path SHARED = org.peelkit.testkit.SharedFiles.dir();
    private static final Path SEED_2023 = SHARED.resolve("seeds/004_076ce0227e4f6458.txt");
    private static final Path FIXTURE_2023 = SHARED.resolve("fixtures/metropolitan-2023-25.json");

    @TempDir
    Path dir;

    @Test
    void extractPrintsTheAssessmentAndNotesWhatItDidNotPlace() {
        CommandRun r = CommandRun.of("extract", SEED_2023.toString());
        assertEquals(0, r.status(), r::toString);
        Assessment a = PeelJson.standard().readAssessment(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8), "out").assessment().orElseThrow();
        assertEquals(9, a.judgments().size());
        assertTrue(r.err().contains(SEED_2023 + ":133: other cycle: A cause of concern from PEEL 2021/22"), r.err());
        assertTrue(r.noStackTrace());
    }

    @Test
    void checkAgreesWithTheFixture() {
        CommandRun r = CommandRun.of("check", FIXTURE_2023.toString(), "--text", SEED_2023.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().endsWith("9 judgments of the report checked against " + FIXTURE_2023 + ": 0 disagree\n"), r.out());
    }

    @Test
    void checkFindsAGradeChangedInTheData() throws IOException {
        String changed = Files.readString(FIXTURE_2023).replace(
                "{\"question\": \"investigating-crime\", \"grade\": \"inadequate\"}",
                "{\"question\": \"investigating-crime\", \"grade\": \"good\"}");
        Path data = dir.resolve("changed.json");
        Files.writeString(data, changed);
        CommandRun r = CommandRun.of("check", data.toString(), "--text", SEED_2023.toString());
        assertEquals(1, r.status(), r::toString);
        String first = r.out().lines().findFirst().orElseThrow();
        assertEquals(data + ":12:5: investigating-crime: the data says 'good', the report says 'inadequate' ("
                + SEED_2023 + ":184)", first);
        assertTrue(r.out().endsWith(": 1 disagrees\n"), r.out());
    }

    @Test
    void checkAgainstDataWithoutThatAssessmentSaysSo() {
        CommandRun r = CommandRun.of("check", SHARED.resolve("fixtures/metropolitan-2016.json").toString(),
                "--text", SEED_2023.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("no assessment of metropolitan in 2023-25"), r.out());
    }

    @Test
    void anUnreadableReportIsOneMessage() {
        CommandRun r = CommandRun.of("extract", dir.resolve("missing.txt").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("peel: ") && r.err().contains("Cannot read the report"), r.err());
        assertTrue(r.noStackTrace());
    }
}

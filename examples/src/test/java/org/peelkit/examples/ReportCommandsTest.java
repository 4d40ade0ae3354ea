package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;

class ReportCommandsTest {

    private static final Path SHARED = org.peelkit.testkit.SharedFiles.dir();
    private static final Path SEED_2023 = SHARED.resolve("seeds/004_076ce0227e4f6458.txt");
    private static final Path FIXTURE_2023 = SHARED.resolve("fixtures/metropolitan-2023-25.json");
    private static final Path REPORTS = SHARED.resolve("reports");

    @TempDir
    Path dir;

    @Test
    void extractPrintsTheDatasetAndNotesWhatItDidNotPlace() {
        CommandRun r = CommandRun.of("extract", SEED_2023.toString());
        assertEquals(0, r.status(), r::toString);
        Dataset d = PeelJson.standard().readDocument(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8), "out").dataset();
        assertEquals(9, d.assessments().get(0).judgments().size());
        assertTrue(r.err().contains(SEED_2023 + ":133:1: other cycle: A cause of concern from PEEL 2021/22"), r.err());
        assertTrue(r.noStackTrace());
    }

    @Test
    void extractMergesPagesOfOneForceAndCycleAndWritesJsonLines() {
        CommandRun r = CommandRun.of("extract", "--to", "jsonl", REPORTS.resolve("kent-2017.txt").toString(),
                REPORTS.resolve("kent-2017-legitimacy.txt").toString(), REPORTS.resolve("bedfordshire-2016.txt").toString());
        assertEquals(2, r.out().lines().count(), r.out());
        Assessment kent = org.peelkit.io.JsonLines.standard().read(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8), "out").findFirst().orElseThrow().assessment().orElseThrow();
        assertEquals("kent", kent.force());
        assertTrue(kent.judgment("efficiency/understanding-demand").isPresent(), "from the overview: " + kent.judgments());
        assertTrue(kent.judgment("legitimacy/ethical-and-lawful-workforce").isPresent(), "from the sub-page: " + kent.judgments());
        assertTrue(r.noStackTrace());
    }

    @Test
    void extractTakesHintsAndReportsOneThatContradictsTheText() {
        Path news = REPORTS.resolve("kent-2021-22-news.txt");
        CommandRun wrong = CommandRun.of("extract", "--cycle", "2023-25", news.toString());
        assertEquals(1, wrong.status(), wrong::toString);
        assertTrue(wrong.err().contains(": conflict: The text names the cycle '2021-22' here, but the hint says '2023-25'"),
                wrong.err());
        assertEquals(0, PeelJson.standard().readDocument(wrong.out().getBytes(java.nio.charset.StandardCharsets.UTF_8), "out").dataset().assessments().size());
    }

    @Test
    void notesEscapeControlCharactersOfTheFileName() throws IOException {
        Path odd = Files.writeString(dir.resolve("odd\u001b[31m.txt"), "no force here\n");
        CommandRun r = CommandRun.of("extract", odd.toString());
        assertEquals(1, r.status());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("odd\\u001b[31m.txt"), r.err());
    }

    @Test
    void checkAgreesWithTheFixture() {
        CommandRun r = CommandRun.of("check", FIXTURE_2023.toString(), "--text", SEED_2023.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().endsWith("9 judgments of the page checked against " + FIXTURE_2023 + ": 0 disagree\n"), r.out());
    }

    @Test
    void checkFindsAGradeChangedInTheData() throws IOException {
        Path data = changed("good");
        CommandRun r = CommandRun.of("check", data.toString(), "--text", SEED_2023.toString());
        assertEquals(1, r.status(), r::toString);
        String first = r.out().lines().findFirst().orElseThrow();
        assertEquals(data + ":12:5: investigating-crime: the data says 'good', the page says 'inadequate' ("
                + SEED_2023 + ":184:1)", first);
        assertTrue(r.out().endsWith(": 1 disagrees\n"), r.out());
    }

    @Test
    void checkComparesEveryDuplicateAssessment() throws IOException {
        String agrees = Files.readString(FIXTURE_2023).strip();
        String differs = Files.readString(changed("good")).strip();
        Path data = Files.writeString(dir.resolve("twice.jsonl"), agrees.replaceAll("\\s*\\n\\s*", " ") + "\n"
                + differs.replaceAll("\\s*\\n\\s*", " ") + "\n");
        CommandRun r = CommandRun.of("check", data.toString(), "--text", SEED_2023.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("investigating-crime: the data says 'good'"), r.out());
        assertTrue(r.out().contains("(2 assessments of metropolitan in 2023-25): 1 disagrees"), r.out());
    }

    @Test
    void checkNamesAnUnreadableGradeAsUnreadable() throws IOException {
        Path data = changed("satisfactory");
        CommandRun r = CommandRun.of("check", data.toString(), "--text", SEED_2023.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("investigating-crime: the data's grade is unreadable; the page says 'inadequate'"), r.out());
        assertFalse(r.out().contains("nothing"), r.out());
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
        assertTrue(r.err().startsWith("peel: ") && r.err().contains("Cannot read the file: no such file"), r.err());
        assertTrue(r.noStackTrace());
    }

    @Test
    void theReadmesCheckSampleIsWhatTheCommandPrints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String command = "$ java -jar examples/target/peel.jar check changed.json --text 004_076ce0227e4f6458.txt\n";
        int from = readme.indexOf(command) + command.length();
        String sample = readme.substring(from, readme.indexOf("```", from));
        Path data = Files.move(changed("good"), dir.resolve("changed.json"));
        CommandRun r = CommandRun.of("check", data.toString(), "--text", SEED_2023.toString());
        assertEquals(sample, r.out().replace(dir + java.io.File.separator, "")
                .replace(SEED_2023.getParent() + java.io.File.separator, ""));
    }

    @Test
    void theReadmesUsageLinesNameEveryOptionOfExtractAndCheck() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String command : new String[] {"extract", "check"}) {
            String usage = readme.lines().filter(l -> l.startsWith("peel " + command + " ")).findFirst().orElseThrow();
            picocli.CommandLine cl = PeelCommand.commandLine(new String[0]).getSubcommands().get(command);
            for (picocli.CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
                if (!o.usageHelp() && !o.versionHelp()) {
                    assertTrue(usage.contains(o.longestName()), usage + " does not name " + o.longestName());
                }
            }
        }
    }

    private Path changed(String grade) throws IOException {
        String changed = Files.readString(FIXTURE_2023).replace(
                "{\"question\": \"investigating-crime\", \"grade\": \"inadequate\"}",
                "{\"question\": \"investigating-crime\", \"grade\": \"" + grade + "\"}");
        return Files.writeString(dir.resolve("changed-" + grade + ".json"), changed);
    }
}

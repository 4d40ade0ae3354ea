package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelkit.io.GradeTable;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.testkit.FullDisk;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.peelkit.testkit.SharedFiles;

/**
 * The README's guarantees about the command, issue 10: write failures are never success, data is
 * never shown raw on a terminal, unreadable files are never "valid", invalid data is not
 * converted unless asked, and a conversion says what it cannot carry.
 */
class GuaranteesTest {

    private static final Path SHARED = SharedFiles.dir();
    private static final Path FIXTURES = SHARED.resolve("fixtures");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // ---- 1. write failures ----------------------------------------------------------------------

    private static CommandRun toFullDisk(String... args) {
        StringWriter err = new StringWriter();
        int status = PeelCommand.run(args, new PrintWriter(FullDisk.writer(), true), new PrintWriter(err, true));
        return new CommandRun(status, "", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert FIXTURE --to json", "convert FIXTURE --to jsonl", "convert FIXTURE --to csv",
        "history metropolitan", "validate", "catalogue", "extract REPORT", "check FIXTURE --text REPORT"})
    void aFailedWriteIsExitThreeWithOneLineOnStandardError(String command) {
        String[] args = command.replace("FIXTURE", FIXTURES.resolve("metropolitan-2023-25.json").toString())
                .replace("REPORT", SHARED.resolve("reports/bedfordshire-2016.txt").toString()).split(" ");
        CommandRun r = toFullDisk(args);
        assertEquals(PeelCommand.FAULT, r.status(), r::toString);
        List<String> last = r.err().lines().filter(l -> l.startsWith("peel: cannot write standard output")).toList();
        assertEquals(1, last.size(), r.err());
        assertTrue(r.noStackTrace(), r::toString);
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PeelCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void devFullIsExitThreeWithOneLineOnStandardError() throws Exception {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "/dev/full exists on Linux");
        Process p = new ProcessBuilder(javaCommand("convert", FIXTURES.resolve("metropolitan-2023-25.json").toString(),
                "--to", "json")).redirectOutput(full).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), err);
        assertEquals(List.of("peel: cannot write standard output: No space left on device; what was written is incomplete"),
                err.lines().toList());
    }

    @Test
    void aClosedPipeEndsQuietlyButNotWithZero() throws Exception {
        Dataset big = PeelGenerator.builtIn().dataset(new Seed(3), 300);
        Path file = write("big.json", PeelJsonWriter.standard().write(big));
        Process p = new ProcessBuilder(javaCommand("convert", "--allow-invalid", file.toString(), "--to", "jsonl")).start();
        p.getInputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), err);
        assertFalse(err.contains("\tat "), err);
    }

    // ---- 7. terminal safety ---------------------------------------------------------------------

    private static void assertTerminalSafe(String text) {
        for (char c : text.toCharArray()) {
            assertTrue(c == '\n' || !Character.isISOControl(c), () -> String.format("raw U+%04X in %s", (int) c, text));
        }
    }

    @Test
    void validateShowsControlCharactersEscapedAndOneFindingPerLine() throws IOException {
        String evil = "good\\u001b]0;pwned\\u0007\\u001b[2J\\nfake.json:1:1: peel: 0 errors: valid";
        Path file = write("evil.json", "{\"force\": \"metropolitan\", \"cycle\": \"2016\", \"partial\": true, "
                + "\"judgments\": [{\"question\": \"effectiveness\", \"grade\": \"" + evil + "\"}]}");
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(1, r.status(), r::toString);
        assertTerminalSafe(r.out());
        assertTerminalSafe(r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).contains("good\\u001b]0;pwned\\u0007\\u001b[2J\\u000afake.json"), lines.get(0));
        assertTrue(lines.get(1).endsWith(": invalid"), lines.get(1));
    }

    @Test
    void historyShowsControlCharactersOfTheDataEscaped() throws IOException {
        Path file = write("evil.json", "{\"force\": \"metropolitan\", \"cycle\": \"2016\", \"partial\": true, "
                + "\"judgments\": [{\"question\": \"x\\u001b[2J\\ny\", \"grade\": \"good\"}]}");
        CommandRun r = CommandRun.of("history", "metropolitan", file.toString());
        assertTerminalSafe(r.out());
        assertTerminalSafe(r.err());
        assertTrue(r.out().contains("x\\u001b[2J\\u000ay (not in the catalogue)") || r.err().contains("\\u001b"),
                r::toString);
    }

    // ---- 10. unreadable files -------------------------------------------------------------------

    @Test
    void anUnreadableFileIsNamedAndNeverValid() throws IOException {
        String good = FIXTURES.resolve("metropolitan-2016.json").toString();
        String missing = dir.resolve("missing.json").toString();
        CommandRun json = CommandRun.of("validate", "--format", "json", good, missing);
        assertEquals(2, json.status(), json::toString);
        JsonNode report = MAPPER.readTree(json.out());
        assertFalse(report.get("valid").booleanValue(), json.out());
        assertEquals(2, report.get("files").asInt());
        assertEquals(missing, report.get("unreadable").get(0).get("file").stringValue());
        assertTrue(report.get("unreadable").get(0).get("message").stringValue().contains("no such file"), json.out());
        CommandRun text = CommandRun.of("validate", good, missing);
        assertEquals("peel: 2 files, 1 assessment: 0 errors, 0 warnings; 1 file could not be read (" + missing
                + "): not valid\n", text.out());
    }

    // ---- 5, 2, 3, 6, 18. convert ----------------------------------------------------------------

    @Test
    void convertRefusesInvalidDataUnlessAllowed() throws IOException {
        Path file = write("invalid.json", "{\"force\": \"btp\", \"cycle\": \"2016\", \"partial\": true, "
                + "\"judgments\": [{\"question\": \"effectiveness\", \"grade\": \"good\"}]}");
        CommandRun refused = CommandRun.of("convert", file.toString(), "--to", "csv");
        assertEquals(1, refused.status(), refused::toString);
        assertEquals("", refused.out());
        assertTrue(refused.err().contains(file + ":1:11: error PEEL-001 /force"), refused.err());
        assertTrue(refused.err().contains("--allow-invalid"), refused.err());
        CommandRun allowed = CommandRun.of("convert", "--allow-invalid", file.toString(), "--to", "csv");
        assertEquals(0, allowed.status(), allowed::toString);
        assertTrue(allowed.out().contains("btp,2016,effectiveness,good"), allowed.out());
        assertTrue(allowed.err().contains("PEEL-001"), "the findings are still printed: " + allowed.err());
    }

    @Test
    void convertToCsvNamesAssessmentsWithoutJudgmentsAndSaysCompletenessIsLost() throws IOException {
        Assessment empty = Assessment.builder("kent", "2016").partial(true).build();
        Assessment complete = PeelGenerator.builtIn().assessment(new Seed(8));
        Path file = write("d.json", PeelJsonWriter.standard().write(Dataset.of(List.of(empty, complete))));
        CommandRun r = CommandRun.of("convert", file.toString(), "--to", "csv");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.err().contains("peel: warning: 1 assessment has no judgments, so no rows in a grade table, and left out "
                + "(kent 2016)"), r.err());
        assertEquals(!complete.partial(), r.err().contains("1 assessment is complete, which a grade table cannot say"), r.err());
    }

    @Test
    void convertGuardsFormulaCellsAndSaysSo() throws IOException {
        Path file = write("f.json", "{\"force\": \"metropolitan\", \"cycle\": \"2016\", \"partial\": true, "
                + "\"judgments\": [{\"question\": \"=HYPERLINK(\\\"http://evil.example\\\")\", \"grade\": \"good\"}]}");
        CommandRun r = CommandRun.of("convert", "--allow-invalid", file.toString(), "--to", "csv");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("metropolitan,2016,\"'=HYPERLINK(\"\"http://evil.example\"\")\",good"), r.out());
        assertTrue(r.err().contains("1 cell starts with =, +, -, @, a tab or a carriage return; written with a leading "
                + "apostrophe"), r.err());
        Path table = write("f.csv", r.out());
        CommandRun back = CommandRun.of("convert", "--allow-invalid", table.toString(), "--to", "json");
        assertTrue(back.out().contains("\"question\": \"=HYPERLINK(\\\"http://evil.example\\\")\""), back.out());
    }

    @Test
    void convertToTheSameFormatKeepsTheDocumentsShape() throws IOException {
        Path fixture = FIXTURES.resolve("metropolitan-2023-25.json");
        CommandRun r = CommandRun.of("convert", fixture.toString(), "--to", "json");
        assertEquals(0, r.status(), r::toString);
        JsonNode doc = MAPPER.readTree(r.out());
        assertFalse(doc.has("assessments"), "an assessment stays an assessment: " + r.out());
        assertEquals("metropolitan", doc.get("force").stringValue());
        assertEquals(PeelJsonWriter.standard().write(PeelJson.standard().readAssessment(fixture).assessment().orElseThrow()), r.out());
        CommandRun dataset = CommandRun.of("convert", FIXTURES.resolve("metropolitan-dataset.json").toString(), "--to", "json");
        assertTrue(MAPPER.readTree(dataset.out()).has("assessments"), "a dataset stays a dataset");
        String help = CommandRun.of("convert", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("json, a dataset document (an assessment document stays one)")
                && help.contains("jsonl, one assessment per line") && help.contains("csv, a grade table of one judgment per row"),
                help);
    }

    // ---- 14. byte order marks --------------------------------------------------------------------

    @Test
    void aCsvWithAByteOrderMarkIsReadWithAWarning() throws IOException {
        String csv = GradeTable.standard().write(PeelJson.standard()
                .readDocument(FIXTURES.resolve("metropolitan-2023-25.json")).dataset());
        Path file = dir.resolve("excel.csv");
        Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().startsWith(file + ":1:1: warning PEEL-020 \"\" A byte order mark starts the input"), r.out());
        assertTrue(r.out().endsWith("0 errors, 1 warning: valid\n"), r.out());
    }
}

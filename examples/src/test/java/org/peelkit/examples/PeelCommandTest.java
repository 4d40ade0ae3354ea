package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.testkit.Broken;
import org.peelkit.testkit.Defect;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import org.peelkit.testkit.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PeelCommandTest {

    private static final Path FIXTURES = org.peelkit.testkit.SharedFiles.fixturesDir();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void validateWithNoFileChecksTheBundledDataset() {
        CommandRun r = CommandRun.of("validate");
        assertEquals(0, r.status(), r::toString);
        assertEquals("peel: 1 file, 7 assessments: 0 errors, 0 warnings: valid\n", r.out());
        assertEquals("", r.err());
    }

    static List<Path> fixtures() throws IOException {
        try (var files = Files.list(FIXTURES)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureIsValid(Path fixture) {
        CommandRun r = CommandRun.of("validate", "--strict", fixture.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().endsWith("0 errors, 0 warnings: valid\n"), r.out());
    }

    static List<Arguments> defects() {
        return Defect.all().stream().flatMap(d -> Seeds.sample(3).stream().map(s -> Arguments.of(d, s))).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("defects")
    void everyDefectIsCaughtWithItsRuleAndPath(Defect defect, Seed seed) throws IOException {
        Broken b = defect.apply(seed, PeelGenerator.builtIn());
        Path file = write("broken.json", b.json(PeelJsonWriter.standard().write(b.dataset())));
        CommandRun r = CommandRun.of("validate", "--strict", "--format", "json", file.toString());
        assertEquals(1, r.status(), r::toString);
        JsonNode report = MAPPER.readTree(r.out());
        assertFalse(report.get("valid").booleanValue());
        boolean found = false;
        for (JsonNode f : report.get("findings")) {
            found |= f.get("rule").stringValue().equals(b.rule()) && f.get("path").stringValue().equals(b.path())
                    && f.get("file").stringValue().equals(file.toString()) && f.get("line").asLong() >= 1;
        }
        assertTrue(found, () -> "expected " + b.rule() + " at " + b.path() + " in " + r.out());
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(FIXTURES.resolve("metropolitan-2021-22.json")));
            CommandRun r = CommandRun.of("validate", "-");
            assertEquals(0, r.status(), r::toString);
            assertEquals("peel: 1 file, 1 assessment: 0 errors, 0 warnings: valid\n", r.out());
            System.setIn(new java.io.ByteArrayInputStream("{\"force\": \"btp\", \"cycle\": \"2016\", \"partial\": true, \"judgments\": []}"
                    .getBytes(StandardCharsets.UTF_8)));
            CommandRun bad = CommandRun.of("validate", "-");
            assertEquals(1, bad.status(), bad::toString);
            assertTrue(bad.out().startsWith("<stdin>:1:11: error PEEL-001 /force Force 'btp' (British Transport Police) is outside PEEL"),
                    bad.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theReadmesBrokenSampleGivesTheFindingsTheReadmeShows() {
        CommandRun r = CommandRun.of("validate", "samples/broken.json");
        assertEquals(1, r.status(), r::toString);
        assertEquals(List.of("5:16 PEEL-013", "6:13 PEEL-018", "8:44 PEEL-003", "9:41 PEEL-019", "10:5 PEEL-008",
                        "11:73 PEEL-011", "14:5 PEEL-010", "14:134 PEEL-012"),
                r.out().lines().filter(l -> l.startsWith("samples/broken.json:"))
                        .map(l -> l.split(":")[1] + ":" + l.split(":")[2] + " " + l.split(" ")[2]).toList());
        assertTrue(r.out().endsWith("peel: 1 file, 1 assessment: 7 errors, 1 warning: invalid\n"), r.out());
    }

    @Test
    void textFindingsAreOneLinePerFindingThenASummary() throws IOException {
        Path file = write("m.json", """
                {"force": "metropolitan", "cycle": "2016", "partial": true,
                 "judgments": [{"question": "effectiveness", "grade": "adequate"}]}
                """);
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(1, r.status());
        assertEquals(List.of(file + ":2:55: error PEEL-003 /judgments/0/grade Grade 'adequate' is not on the four-point "
                        + "scale of PEEL 2016: expected one of outstanding, good, requires-improvement, inadequate "
                        + "(adequate arrived in PEEL 2021/22)",
                "peel: 1 file, 1 assessment: 1 error, 0 warnings: invalid"), r.out().lines().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"force\": \"kent\",\n  \"cycle\": ", "not json at all", "", "{} {}"})
    void unreadableInputIsOneMessageWithFileLineAndColumnAndNoStackTrace(String text) throws IOException {
        Path file = write("bad.json", text);
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(2, r.status(), r::toString);
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().matches("peel: " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*\\n"), r.err());
        assertTrue(r.noStackTrace(), r::toString);
    }

    @Test
    void invalidUtf8AndMissingFilesAreUnreadableToo() throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"inspector\": \"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun r = CommandRun.of("validate", latin1.toString(), dir.resolve("missing.json").toString());
        assertEquals(2, r.status());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("latin1.json:1:18: Not valid UTF-8"), r.err());
        assertTrue(r.err().contains("missing.json: Cannot read the file: no such file"), r.err());
        assertTrue(r.noStackTrace());
    }

    @Test
    void aJsonLinesFileWithABadLineInTheMiddleIsCheckedToTheEnd() throws IOException {
        JsonLines json = JsonLines.standard();
        PeelGenerator g = PeelGenerator.builtIn();
        String text = json.writeLine(g.assessment(new Seed(1))) + "\n"
                + json.writeLine(g.assessment(new Seed(2))) + "\n"
                + "{\"force\": \"kent\", \"cycle\": \n"
                + json.writeLine(g.assessment(new Seed(3))) + "\n"
                + "{\"force\":\"kent\",\"cycle\":\"2016\",\"partial\":true,\"judgments\":[{\"question\":\"efficiency\",\"grade\":\"adequate\"}]}\n";
        Path file = write("grades.jsonl", text);
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(1, r.status(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith(file + ":3:"), lines.get(0));
        assertTrue(lines.get(0).contains("PEEL-019"), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":5:") && lines.get(1).contains("PEEL-003 /judgments/0/grade"), lines.get(1));
        assertEquals("peel: 1 file, 4 assessments: 2 errors, 0 warnings: invalid", lines.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "frobnicate", "validate --format xml", "convert x.json --to xml", "history", "convert x.json"})
    void badUsageExitsTwoWithoutAStackTrace(String args) {
        CommandRun r = CommandRun.of(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, r.status(), r::toString);
        assertFalse(r.err().isBlank());
        assertTrue(r.noStackTrace(), r::toString);
    }

    @Test
    void historyMarksEveryComparabilityBreak() {
        CommandRun r = CommandRun.of("history", "metropolitan");
        assertEquals(0, r.status(), r::toString);
        String out = r.out();
        assertTrue(out.startsWith("Metropolitan Police Service (metropolitan, ONS E23000001): PEEL grade history"), out);
        assertTrue(out.contains("COMPARABILITY BREAK: PEEL 2021/22 grades are not comparable with PEEL 2018/19"), out);
        assertTrue(out.contains("COMPARABILITY BREAK: PEEL 2023–2025 grades are not comparable with PEEL 2021/22"), out);
        assertTrue(out.contains("declined (PEEL 2016: Good)"), "efficiency fell in 2017: " + out);
        String after2023 = out.substring(out.indexOf("PEEL 2023–2025  ("));
        assertFalse(after2023.contains("improved") || after2023.contains("declined") || after2023.contains("unchanged"),
                "no trend is read across a break: " + after2023);
        assertTrue(out.contains("Monitoring: Engage from 2022-06 (ongoing)"), out);
    }

    @Test
    void historyOfAnUnknownForceIsBadUsage() {
        CommandRun r = CommandRun.of("history", "gotham");
        assertEquals(2, r.status());
        assertEquals("peel: Unknown force 'gotham' in this catalogue\n", r.err());
    }

    @Test
    void catalogueListsCyclesAndForcesAndOneCyclesWording() {
        CommandRun all = CommandRun.of("catalogue");
        assertEquals(0, all.status());
        assertTrue(all.out().contains("2025-27  PEEL 2025–2027") && all.out().contains("provisional"), all.out());
        assertTrue(all.out().contains("btp") && all.out().contains("(outside PEEL)"), all.out());
        CommandRun one = CommandRun.of("catalogue", "2025-27");
        assertTrue(one.out().contains("\"How good is the force at leadership and force management?\""), one.out());
        assertEquals(2, CommandRun.of("catalogue", "2020").status());
    }

    @Test
    void convertGoesBetweenJsonCsvAndJsonLinesAndSaysWhatIsLeftOut() throws IOException {
        Path fixture = FIXTURES.resolve("metropolitan-2023-25.json");
        CommandRun csv = CommandRun.of("convert", fixture.toString(), "--to", "csv");
        assertEquals(0, csv.status(), csv::toString);
        assertTrue(csv.out().startsWith("force,cycle,question,grade,status,updated,carriedOverFrom\n"), csv.out());
        assertEquals(10, csv.out().lines().count());
        assertTrue(csv.err().contains("7 metrics are not held by a grade table"), csv.err());
        Path table = write("met.csv", csv.out());
        CommandRun json = CommandRun.of("convert", table.toString(), "--to", "json");
        assertEquals(0, json.status(), json::toString);
        assertTrue(json.out().contains("\"partial\": true"), json.out());
        CommandRun lines = CommandRun.of("convert", FIXTURES.resolve("metropolitan-dataset.json").toString(), "--to", "jsonl");
        assertEquals(2, lines.out().lines().count());
        assertTrue(lines.err().contains("1 monitoring period is not held by JSON Lines"), lines.err());
    }

    @Test
    void convertRefusesADocumentWithProblems() throws IOException {
        Path file = write("u.json", "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": 1}");
        CommandRun r = CommandRun.of("convert", file.toString(), "--to", "csv");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("PEEL-018 /colour") && r.err().contains("not converted"), r.err());
    }
}

package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/**
 * Each row of the table of issue 9 ("one located document between reading and the rules"), run
 * through {@code peel validate} as a user meets it: the input, and the findings or message expected.
 */
class IssueNineTableTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A complete assessment of a force in PEEL 2016: every required question judged good. */
    private static String complete(String force) {
        Assessment.Builder b = Assessment.builder(force, "2016");
        Catalogue.builtIn().cycle("2016").orElseThrow().requiredQuestions()
                .forEach(q -> b.judgment(Judgment.of(q.id(), Grade.GOOD)));
        return PeelJsonWriter.standard().write(b.build());
    }

    /** The findings printed, as {@code line:column rule path}. */
    private static List<String> findings(CommandRun r) {
        return r.out().lines().filter(l -> !l.startsWith("peel: ")).map(l -> {
            String[] parts = l.split(" ");
            String[] place = parts[0].split(":");
            return place[place.length - 2] + ":" + place[place.length - 1] + " " + parts[2] + " " + parts[3];
        }).toList();
    }

    @Test
    void partialThatIsTheStringTrueIsTheOnePeel019() throws IOException {
        String text = complete("metropolitan").replace("\"cycle\": \"2016\",", "\"cycle\": \"2016\",\n  \"partial\": \"true\",")
                .replaceFirst("\\{\"question\": \"[^\"]+\", \"grade\": \"good\"},?", "");
        CommandRun r = CommandRun.of("validate", write("p.json", text).toString());
        assertEquals(List.of("5:14 PEEL-019 /partial"), findings(r), r::toString);
    }

    @Test
    void aQuestionThatIsANumberIsTheOnePeel019() throws IOException {
        String text = complete("metropolitan").replaceFirst("\"question\": \"[^\"]+\"", "\"question\": 5");
        CommandRun r = CommandRun.of("validate", write("q.json", text).toString());
        assertEquals(List.of("7:19 PEEL-019 /judgments/0/question"), findings(r), r::toString);
    }

    @Test
    void aMalformedForceIdIsPeel019AndAWellFormedUnknownOneIsPeel001() throws IOException {
        CommandRun malformed = CommandRun.of("validate", write("m.json", complete("Metropolitan")).toString());
        assertEquals(List.of("3:12 PEEL-019 /force"), findings(malformed), malformed::toString);
        CommandRun unknown = CommandRun.of("validate", write("u.json", complete("gotham")).toString());
        assertEquals(List.of("3:12 PEEL-001 /force"), findings(unknown), unknown::toString);
    }

    @Test
    void thirtyThreeNestedArraysAreLocatedWhereLevelThirtyThreeOpens() throws IOException {
        String text = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": " + "[".repeat(33) + "]".repeat(33) + "}";
        CommandRun r = CommandRun.of("validate", write("deep.json", text).toString());
        assertEquals(2, r.status(), r::toString);
        // the object is level 1 and "judgments" opens level 2 at column 49: level 33 opens at column 80
        assertTrue(r.err().startsWith("peel: " + dir.resolve("deep.json") + ":1:80: "), r.err());
        assertTrue(r.noStackTrace(), r::toString);
    }

    @Test
    void aFiftyMegabyteStringIsLocatedAtItsStart() throws IOException {
        String prefix = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"inspector\": ";
        prefix = prefix + " ".repeat(150 - prefix.length());
        Path file = write("huge.json", prefix + "\"" + "x".repeat(50 * 1024 * 1024) + "\"}");
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().startsWith("peel: " + file + ":1:151: "), r.err());
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void jsonLinesEndedByLfCrlfOrALoneCrAreEachReadAndLocated(String ending) throws IOException {
        String end = ending.replace("CR", "\r").replace("LF", "\n");
        JsonLines lines = JsonLines.standard();
        PeelGenerator g = PeelGenerator.builtIn();
        String text = lines.writeLine(g.assessment(new Seed(1))) + end + lines.writeLine(g.assessment(new Seed(2))) + end
                + "{\"force\":\"kent\",\"cycle\":\"2016\",\"partial\":true,\"judgments\":[],\"colour\":1}" + end;
        CommandRun r = CommandRun.of("validate", write("x.jsonl", text).toString());
        assertEquals(List.of("3:71 PEEL-018 /colour"), findings(r), r::toString);
        assertTrue(r.out().endsWith("peel: 1 file, 3 assessments: 1 error, 0 warnings: invalid\n"), r.out());
    }

    @Test
    void aJsonLinesStreamPipedToValidateDashIsReadAsJsonLines() {
        JsonLines lines = JsonLines.standard();
        PeelGenerator g = PeelGenerator.builtIn();
        String text = lines.writeLine(g.assessment(new Seed(1))) + "\n" + lines.writeLine(g.assessment(new Seed(2))) + "\n"
                + "{\"force\":\"kent\",\"cycle\":\"2016\",\"partial\":true,\"judgments\":[],\"colour\":1}\n";
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            CommandRun r = CommandRun.of("validate", "-");
            assertEquals(List.of("3:71 PEEL-018 /colour"), findings(r), r::toString);
            assertTrue(r.out().startsWith("<stdin>:3:71: "), r.out());
            assertTrue(r.out().endsWith("peel: 1 file, 3 assessments: 1 error, 0 warnings: invalid\n"), r.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aBadCsvCellIsLocatedAtItsOwnLineAndColumn() throws IOException {
        Path file = write("g.csv", "force,cycle,question,grade,status,updated,carriedOverFrom\n"
                + "kent,2016,effectiveness,good,,,\n"
                + "kent,2016,efficiency,satisfactory,,,\n");
        CommandRun r = CommandRun.of("validate", file.toString());
        assertEquals(List.of("3:22 PEEL-019 /1/grade"), findings(r), r::toString);
    }

    @Test
    void aMissingRequiredFieldAtTheRootIsAtTheWholeDocumentEverywhere() throws IOException {
        CommandRun r = CommandRun.of("validate", write("r.json", "{\"cycle\": \"2016\", \"judgments\": []}").toString());
        assertEquals(List.of("1:1 PEEL-019 \"\""), findings(r), r::toString);
        CommandRun json = CommandRun.of("validate", "--format", "json", dir.resolve("r.json").toString());
        assertTrue(json.out().contains("\"path\":\"\""), json.out());
        assertEquals("1:1: error PEEL-019 \"\" Missing required field 'force' in an assessment",
                org.peelkit.rules.PeelValidator.standard().validate(org.peelkit.io.PeelJson.standard()
                        .readDocument(dir.resolve("r.json"))).findings().get(0).toString(), "the library prints \"\" too, never /");
    }

    @Test
    void aMissingFileKeepsItsCauseAndIsToldApartFromNotJson() {
        CommandRun r = CommandRun.of("validate", dir.resolve("missing.json").toString());
        assertEquals(2, r.status());
        assertEquals("peel: " + dir.resolve("missing.json") + ": Cannot read the file: no such file\n", r.err());
        org.peelkit.io.PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(org.peelkit.io.PeelReadException.class,
                () -> org.peelkit.io.PeelReader.standard().read(dir.resolve("missing.json")));
        assertEquals(org.peelkit.io.PeelReadException.Failure.CANNOT_OPEN, e.failure());
        assertTrue(e.getCause() instanceof java.nio.file.NoSuchFileException, () -> String.valueOf(e.getCause()));
    }
}

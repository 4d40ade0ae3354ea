package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;

/**
 * Issue 10, items 4, 12, 13 and 15: unpaired surrogates are reported, never replaced; numbers out
 * of range say so; long values are quoted short with their length; a file that cannot be read gets
 * the same words in every format.
 */
class HonestMessagesTest {

    private static final String HEAD = "{\"peel\": \"1\", \"force\": \"metropolitan\", \"cycle\": \"2016\", \"partial\": true, ";

    private static PeelDocument read(String json) {
        return PeelJson.standard().readDocument(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    // ---- item 4: unpaired surrogates -----------------------------------------------------------

    @Test
    void anUnpairedSurrogateIsALocatedMalformedValue() {
        PeelDocument doc = read(HEAD + "\"inspector\": \"Lee \\ud800 F\", \"judgments\": []}");
        assertEquals(1, doc.problems().size(), doc.problems()::toString);
        ReadProblem p = doc.problems().get(0);
        assertEquals(ReadProblem.MALFORMED_VALUE, p.rule());
        assertEquals("/inspector", p.path());
        assertEquals(Location.of(1, 87), p.location());
        assertEquals("Value 'Lee \\uD800 F' holds an unpaired surrogate \\uD800 at character 5: half of a UTF-16 pair"
                + " is not a character, and no encoding can write it", p.message());
        assertTrue(doc.dataset().assessments().get(0).inspector().isEmpty(), "the value is not taken");
    }

    @Test
    void aLowSurrogateAloneAndAPairReversedAreReportedButARealPairIsNot() {
        assertEquals(1, read(HEAD + "\"inspector\": \"\\udc00\", \"judgments\": []}").problems().size());
        assertEquals(1, read(HEAD + "\"inspector\": \"\\udc00\\ud800\", \"judgments\": []}").problems().size());
        PeelDocument pair = read(HEAD + "\"inspector\": \"\\ud83d\\ude00 and \uD83D\uDE00\", \"judgments\": []}");
        assertTrue(pair.isClean(), pair.problems()::toString);
        assertEquals("\uD83D\uDE00 and \uD83D\uDE00", pair.dataset().assessments().get(0).inspector().orElseThrow());
    }

    private static Assessment withSurrogate() {
        return Assessment.builder("metropolitan", "2016").partial(true).inspector("Lee \uD800 F")
                .judgments(List.of(new Judgment("legitimacy", Optional.of(Grade.GOOD), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("Sum \uDC01mary"))))
                .build();
    }

    @Test
    void jsonWritersEscapeAnUnpairedSurrogateAndReadingBackReportsIt() {
        Assessment a = withSurrogate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PeelJsonWriter.standard().write(a, bytes);
        String written = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(written.contains("?"), written);
        assertTrue(written.contains("\"inspector\": \"Lee \\uD800 F\""), written);
        assertTrue(written.contains("\"summary\": \"Sum \\uDC01mary\""), written);
        assertEquals(written, PeelJsonWriter.standard().write(a), "a String and a stream get the same text");
        String line = JsonLines.standard().writeLine(a);
        assertTrue(line.contains("\"inspector\":\"Lee \\uD800 F\""), line);
        PeelDocument back = PeelJson.standard().readDocument(bytes.toByteArray(), "back.json");
        assertEquals(List.of("/inspector", "/judgments/0/summary"), back.problems().stream().map(ReadProblem::path).toList());
    }

    @Test
    void aGradeTableRefusesAnUnpairedSurrogateWithTheWritersExceptionBeforeWritingAnything() {
        Assessment a = Assessment.builder("metro\uD800politan", "2016").partial(true)
                .judgments(List.of(new Judgment("legitimacy", Optional.of(Grade.GOOD), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty())))
                .build();
        java.io.StringWriter out = new java.io.StringWriter();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> GradeTable.standard().write(Dataset.of(List.of(a)), out));
        assertEquals("Row 1, column 'force': 'metro\\uD800politan' holds an unpaired surrogate \\uD800 at character 6,"
                + " which no encoding can write: a grade table cannot hold it", e.getCause().getMessage());
        assertEquals("", out.toString());
    }

    // ---- item 12: numbers out of range ---------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e308                | Number 1e308 is out of range: it is too large (309 digits before the decimal point; PEEL numbers have at most 18)",
            "-1e19                | Number -1e19 is out of range: it is too large (20 digits before the decimal point; PEEL numbers have at most 18)",
            "1e-308               | Number 1e-308 is out of range: it is too small to hold (its first digit is more than 18 places after the decimal point)",
            "0.1234567890123456789 | Number 0.1234567890123456789 is out of range: it has 19 digits after the decimal point; PEEL numbers have at most 18",
            "1e99999999999        | Number 1e99999999999 is out of range: its exponent is too large for any number PEEL holds (at most 18 digits before and after the decimal point)",
            "1e18                 | Number 1e18 is out of range: it is too large (19 digits before the decimal point; PEEL numbers have at most 18)",
            "1e999                | Number 1e999 is out of range: it is too large (1000 digits before the decimal point; PEEL numbers have at most 18)",
            "1e1000               | Number 1e1000 is out of range: it is too large (over 1000 digits before the decimal point; PEEL numbers have at most 18)",
            "1e-19                | Number 1e-19 is out of range: it has 19 digits after the decimal point; PEEL numbers have at most 18",
            "-2.5e-20             | Number -2.5e-20 is out of range: it is too small to hold (its first digit is more than 18 places after the decimal point)",
            "1e-20                | Number 1e-20 is out of range: it is too small to hold (its first digit is more than 18 places after the decimal point)"})
    void aNumberOutOfRangeSaysWhy(String number, String message) {
        PeelDocument doc = read(HEAD + "\"judgments\": [], \"metrics\": [{\"name\": \"n\", \"value\": " + number
                + ", \"unit\": \"count\"}]}");
        assertEquals(List.of(message), doc.problems().stream().map(ReadProblem::message).toList());
    }

    @Test
    void numbersWithinRangeAndZeroWithManyPlacesAreRead() {
        for (String n : List.of("999999999999999999", "-1e17", "5e-18", "0.000000000000000001", "0.0000000000000000000000", "0e-400", "12.5")) {
            PeelDocument doc = read(HEAD + "\"judgments\": [], \"metrics\": [{\"name\": \"n\", \"value\": " + n
                    + ", \"unit\": \"count\"}]}");
            assertTrue(doc.isClean(), () -> n + ": " + doc.problems());
        }
    }

    @Test
    void aLongNumberIsShownWholeUpToEightyCharactersAndQuotedShortBeyond() {
        String eighty = "1" + "0".repeat(79);
        assertEquals(List.of("Number " + eighty + " is out of range: it is too large (80 digits before the decimal point;"
                + " PEEL numbers have at most 18)"), metricProblems(PeelJson.standard(), eighty));
        String longer = eighty + "0";
        assertEquals(List.of("Number '" + eighty + "…' (81 characters) is out of range: it is too large (81 digits before the"
                + " decimal point; PEEL numbers have at most 18)"), metricProblems(PeelJson.standard(), longer));
        PeelJson roomy = PeelJson.withLimits(new ReadLimits(32, 1_000_000, 2_000, 1_000, 1_000_000));
        assertEquals(List.of("Number '0." + "1".repeat(78) + "…' (1,002 characters) is out of range: it has 1000 digits after"
                + " the decimal point; PEEL numbers have at most 18"), metricProblems(roomy, "0." + "1".repeat(1000)));
        assertEquals(List.of("Number '0." + "1".repeat(78) + "…' (1,003 characters) is out of range: it has over 1000 digits after"
                + " the decimal point; PEEL numbers have at most 18"), metricProblems(roomy, "0." + "1".repeat(1001)));
        assertEquals(List.of("Expected a whole number, found 2.5"), sampleProblems("2.5"));
        String longWhole = "25e-" + "0".repeat(80) + "1";
        assertEquals(List.of("Expected a whole number, found '" + longWhole.substring(0, 80) + "…' (85 characters)"),
                sampleProblems(longWhole));
        assertEquals(List.of(), sampleProblems("1e2"), "a whole number written with an exponent");
    }

    private static List<String> metricProblems(PeelJson json, String number) {
        return json.readDocument((HEAD + "\"judgments\": [], \"metrics\": [{\"name\": \"n\", \"value\": " + number
                + ", \"unit\": \"count\"}]}").getBytes(StandardCharsets.UTF_8), "t.json").problems().stream().map(ReadProblem::message).toList();
    }

    private static List<String> sampleProblems(String number) {
        return read(HEAD + "\"judgments\": [], \"metrics\": [{\"name\": \"n\", \"value\": 1, \"unit\": \"count\", \"sample\": "
                + number + "}]}").problems().stream().map(ReadProblem::message).toList();
    }

    // ---- item 13: long values quoted short, with their length ---------------------------------

    @Test
    void aHugeUnknownGradeIsQuotedShortWithItsLength() {
        String huge = "a".repeat(999_000);
        PeelDocument doc = read(HEAD + "\"judgments\": [{\"question\": \"legitimacy\", \"grade\": \"" + huge + "\"}]}");
        String m = doc.problems().get(0).message();
        assertEquals("Unknown grade '" + "a".repeat(80) + "…' (999,000 characters): expected one of outstanding, good,"
                + " adequate, requires-improvement, inadequate", m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"judgments\": [], \"force\": \"kent\", \"cycle\": \"2016\", \"§§\": 1}",
            "{\"judgments\": [], \"force\": \"kent\", \"cycle\": \"2016\", \"published\": \"§§\"}",
            "{\"judgments\": [], \"force\": \"kent\", \"cycle\": \"2016\", \"partial\": \"§§\"}",
            "{\"judgments\": [], \"force\": \"kent\", \"cycle\": \"2016\", \"findings\": [{\"type\": \"§§\", \"text\": \"t\"}]}",
            "{\"judgments\": [{\"question\": \"legitimacy\", \"status\": \"§§\"}], \"force\": \"kent\", \"cycle\": \"2016\"}",
            "{\"peel\": \"§§\", \"judgments\": [], \"force\": \"kent\", \"cycle\": \"2016\"}"})
    void everyReadingMessageQuotesAtMostEightyCharacters(String template) {
        String json = template.replace("§§", "z".repeat(900));
        List<String> messages = PeelJson.standard().readDocument(json.getBytes(StandardCharsets.UTF_8), "t.json").problems()
                .stream().map(ReadProblem::message).toList();
        assertFalse(messages.isEmpty(), json);
        for (String m : messages) {
            assertFalse(m.contains("z".repeat(81)), m);
            assertTrue(m.contains("z".repeat(80) + "…' (900 characters)"), m);
        }
    }

    @Test
    void aGradeTableQuotesLongCellsShort() {
        String csv = "force,cycle,question,grade,status,updated,carriedOverFrom\nkent,2016,q," + "g".repeat(3000) + ",,"
                + "d".repeat(3000) + ",\n";
        List<String> messages = GradeTable.standard().read(csv.getBytes(StandardCharsets.UTF_8), "t.csv").problems().stream()
                .map(ReadProblem::message).toList();
        assertEquals(2, messages.size(), messages::toString);
        messages.forEach(m -> assertTrue(m.length() < 250 && m.contains("(3,000 characters)"), m));
    }

    // ---- item 15: the same words for every format ---------------------------------------------

    private static final List<Function<Path, Object>> READERS = List.of(
            p -> PeelJson.standard().readDocument(p),
            p -> GradeTable.standard().read(p),
            p -> {
                try (Stream<PeelDocument> s = JsonLines.standard().read(p)) {
                    return s.toList();
                }
            },
            p -> CatalogueJson.standard().read(p),
            p -> Utf8Text.read(p, "report text"));

    @Test
    void aMissingFileAndADirectoryGetTheSameWordsInEveryFormat(@TempDir Path dir) throws IOException {
        for (String name : List.of("grades.json", "grades.csv", "grades.jsonl", "report.txt")) {
            for (Function<Path, Object> reader : READERS) {
                PeelReadException missing = assertThrows(PeelReadException.class, () -> reader.apply(dir.resolve(name)));
                assertEquals(dir.resolve(name) + ": Cannot read the file: no such file", missing.getMessage());
                assertEquals(PeelReadException.Failure.CANNOT_OPEN, missing.failure());
                Path directory = Files.createDirectories(dir.resolve("d").resolve(name));
                PeelReadException isDir = assertThrows(PeelReadException.class, () -> reader.apply(directory));
                assertEquals(directory + ": Cannot read the file: is a directory", isDir.getMessage());
            }
            try (Stream<PeelDocument> s = PeelReader.standard().read(dir.resolve("d").resolve(name))) {
                throw new AssertionError("a directory was read: " + s.toList());
            } catch (PeelReadException e) {
                assertTrue(e.getMessage().endsWith(": Cannot read the file: is a directory"), e.getMessage());
            }
        }
    }

    @Test
    void permissionDeniedHasItsWords() {
        Path file = Path.of("secret.csv");
        assertEquals("secret.csv: Cannot read the file: permission denied",
                PeelReadException.cannotOpen(file, new AccessDeniedException("secret.csv")).getMessage());
        assertEquals("<stdin>: Cannot read: permission denied",
                PeelReadException.cannotRead("<stdin>", new IOException("Permission denied")).getMessage());
    }

    @Test
    void textThatIsNotUtf8NamesTheByteAndItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.txt");
        Files.write(report, new byte[] {'T', 'i', 't', 'l', 'e', '\n', 'C', 'a', 'f', (byte) 0xE9, ' ', 'x', '\n'});
        PeelReadException e = assertThrows(PeelReadException.class, () -> Utf8Text.read(report, "report text"));
        assertEquals(report + ":2:4: Not valid UTF-8 (byte 0xE9): report text is UTF-8", e.getMessage());
        assertFalse(e.getMessage().contains("Input length"), e.getMessage());
        Path csv = dir.resolve("grades.csv");
        Files.write(csv, ("force,cycle,question,grade,status,updated,carriedOverFrom\nkent,2016,q,go" + '\u0000').getBytes());
        Files.write(csv, new byte[] {'a', '\n', 'b', 'c', (byte) 0xFF}, java.nio.file.StandardOpenOption.APPEND);
        PeelReadException c = assertThrows(PeelReadException.class, () -> GradeTable.standard().read(csv));
        assertEquals(csv + ":3:3: Not valid UTF-8 (byte 0xFF): a grade table is UTF-8", c.getMessage());
    }
}

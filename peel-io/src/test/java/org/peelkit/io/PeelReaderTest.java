package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one place that chooses a reader: by name for files, by content for streams. */
class PeelReaderTest {

    @ParameterizedTest
    @CsvSource({"grades.jsonl, JSON_LINES", "GRADES.NDJSON, JSON_LINES", "grades.csv, CSV", "met.json, JSON",
        "met.txt, JSON", "-, JSON"})
    void filesAreReadByTheirNames(String name, PeelReader.Format expected) {
        assertEquals(expected, PeelReader.Format.ofName(name));
    }

    private static PeelReader.Format of(String head) {
        return PeelReader.formatOf(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void streamsAreReadByTheirContent() {
        assertEquals(PeelReader.Format.JSON_LINES, of("{\"force\":\"kent\",\"cycle\":\"2016\"}\n{\"force\":\"kent\"}\n"));
        assertEquals(PeelReader.Format.JSON_LINES, of("\n{\"a\":\"}{\\\"\"}\r{\"b\":1}"), "braces in strings, lone CR");
        assertEquals(PeelReader.Format.JSON, of("{\n  \"peel\": \"1\",\n  \"force\": \"kent\"\n}\n"), "a pretty document");
        assertEquals(PeelReader.Format.JSON, of("{\"peel\":\"1\",\"assessments\":[]}\n"), "one compact document");
        assertEquals(PeelReader.Format.JSON, of("{\"force\": \"kent\"} {}"), "trailing content stays the JSON reader's to report");
        assertEquals(PeelReader.Format.CSV, of("force,cycle,question,grade,status,updated,carriedOverFrom\nkent,2016,x,good,,,\n"));
        assertEquals(PeelReader.Format.JSON, of("not json"), "the JSON reader says what is wrong");
        assertEquals(PeelReader.Format.JSON, of(""));
    }

    @Test
    void aJsonLinesStreamGivesOneDocumentPerRecordAndReadWholeGathersThem() {
        String text = "{\"force\":\"kent\",\"cycle\":\"2016\",\"partial\":true,\"judgments\":[]}\n"
                + "{\"force\":\"essex\",\"cycle\":\"2016\",\"partial\":true,\"judgments\":[]}\n";
        List<PeelDocument> docs = PeelReader.standard().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<stdin>")
                .toList();
        assertEquals(2, docs.size());
        assertEquals(PeelDocument.Shape.JSON_LINES_RECORD, docs.get(1).shape());
        PeelDocument whole = PeelReader.standard().readWhole(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<stdin>");
        assertEquals(PeelDocument.Shape.JSON_LINES, whole.shape());
        assertEquals(List.of("kent", "essex"), whole.dataset().assessments().stream().map(a -> a.force()).toList());
    }

    @Test
    void aStreamsFormatIsSeenPastAByteOrderMarkAndLeadingBlankSpace() {
        String line = "{\"force\":\"kent\"}";
        assertEquals(PeelReader.Format.JSON_LINES, of("\uFEFF" + line + "\n" + line), "a byte order mark");
        assertEquals(PeelReader.Format.CSV, of("\uFEFFforce,cycle"), "a byte order mark before a table");
        for (String blank : List.of(" ", "\t", "\n", "\r", " \t\r\n")) {
            String shown = blank.replace("\t", "TAB").replace("\r", "CR").replace("\n", "LF");
            assertEquals(PeelReader.Format.JSON_LINES, of(blank + line + "\n" + line), () -> shown + " before JSON Lines");
            assertEquals(PeelReader.Format.CSV, of(blank + "force,cycle"), () -> shown + " before a table");
        }
        assertEquals(PeelReader.Format.JSON, of("\uFEFE" + line + "\n" + line), "U+FEFE is not a byte order mark");
        assertEquals(PeelReader.Format.JSON, of("\uEFBF" + line + "\n" + line), "U+EFBF is not a byte order mark");
    }

    @Test
    void aTableIsSeenByItsFirstColumnsName() {
        assertEquals(PeelReader.Format.CSV, of("force,"));
        assertEquals(PeelReader.Format.JSON, of("force"), "too short to be the header");
        assertEquals(PeelReader.Format.JSON, of("forces,cycle"));
        assertEquals(PeelReader.Format.JSON, of("[\"force,\"]\n[1]"), "an array is not JSON Lines of assessments");
    }

    @Test
    void jsonLinesAreSeenWhenTheFirstValueClosesOnItsLineAndAnotherLineFollows() {
        assertEquals(PeelReader.Format.JSON_LINES, of("{\"a\": {\"b\": [1, {}]}, \"c\": \"]}\\\\\"}\n{}"), "nested, and a backslash escaped");
        assertEquals(PeelReader.Format.JSON_LINES, of("{} \t\r\n \t{}"), "blank space around the line end");
        assertEquals(PeelReader.Format.JSON, of("{\"a\": \"x\ny\"}\n{}"), "a line end inside a string: not a line of JSON");
        assertEquals(PeelReader.Format.JSON, of("{\"a\": [1,\n2]}\n{}"), "the first value spans lines");
        assertEquals(PeelReader.Format.JSON, of("{\"a\": 1}\n \t\n"), "nothing after the first value");
        assertEquals(PeelReader.Format.JSON, of("{\"a\": 1}"), "one value and no more");
        assertEquals(PeelReader.Format.JSON, of("{\"a\": [1]"), "cut short");
        assertEquals(PeelReader.Format.JSON, of("{\"a\": 1}\t{}\n{}"), "more on the first line stays the JSON reader's to report");
    }

    @Test
    void aStreamIsReadAndSplitByItsContent() {
        String csv = "force,cycle,question,grade,status,updated,carriedOverFrom\nkent,2016,effectiveness,good,,,\n";
        String doc = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": []}";
        PeelReader reader = PeelReader.standard();
        assertEquals(List.of(PeelDocument.Shape.GRADE_TABLE), reader.read(stream(csv), "in").map(PeelDocument::shape).toList());
        assertEquals(List.of(PeelDocument.Shape.ASSESSMENT), reader.read(stream(doc), "in").map(PeelDocument::shape).toList());
        List<PendingDocument> table = reader.split(stream(csv), "in").toList();
        assertEquals(1, table.size());
        assertEquals(0, table.get(0).size(), "a whole document is read only when asked");
        assertEquals("kent", table.get(0).read().dataset().assessments().get(0).force());
        assertEquals(PeelDocument.Shape.ASSESSMENT, reader.split(stream(doc), "in").toList().get(0).read().shape());
        List<PendingDocument> lines = reader.split(stream(doc + "\n" + doc + "\n"), "in").toList();
        assertEquals(List.of((long) doc.length(), (long) doc.length()), lines.stream().map(PendingDocument::size).toList());
    }

    @Test
    void filesAreReadAndSplitByTheirNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        String doc = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], \"colour\": 1}";
        java.nio.file.Path json = java.nio.file.Files.writeString(dir.resolve("a.json"), doc);
        java.nio.file.Path lines = java.nio.file.Files.writeString(dir.resolve("a.jsonl"), doc + "\n");
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("a.csv"),
                "force,cycle,question,grade,status,updated,carriedOverFrom\nkent,2016,effectiveness,good,,,\n");
        PeelReader reader = PeelReader.standard();
        assertEquals(PeelDocument.Shape.GRADE_TABLE, reader.split(csv).toList().get(0).read().shape());
        assertEquals(PeelDocument.Shape.ASSESSMENT, reader.split(json).toList().get(0).read().shape());
        try (java.util.stream.Stream<PendingDocument> split = reader.split(lines)) {
            assertEquals(PeelDocument.Shape.JSON_LINES_RECORD, split.toList().get(0).read().shape());
        }
        assertEquals(PeelDocument.Shape.ASSESSMENT, reader.readWhole(json).shape(), "one document is itself whole");
        assertEquals(PeelDocument.Shape.GRADE_TABLE, reader.readWhole(csv).shape());
        PeelDocument whole = reader.readWhole(lines);
        assertEquals(PeelDocument.Shape.JSON_LINES, whole.shape(), "one record is gathered like many");
        assertEquals(List.of(new ReadProblem(ReadProblem.UNKNOWN_FIELD, "/colour", Location.of(1, doc.indexOf("1}") + 1),
                "Unknown field 'colour' in an assessment: PEEL JSON format 1 does not define it")), whole.problems());
        assertEquals(lines.toString(), whole.source());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

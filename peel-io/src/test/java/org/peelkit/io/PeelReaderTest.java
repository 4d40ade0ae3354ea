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
}

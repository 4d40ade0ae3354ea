package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void aLimitBelowOneIsAMisconfigurationNamedWhenTheLimitsAreBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReadLimits(32, 1000, 0, 100, 100));
        assertEquals("maxNumberLength must be at least 1, not 0", e.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> new ReadLimits(32, 1000, 100, 100, -5));
        assertEquals("maxDocumentLength must be at least 1, not -5", size.getMessage());
    }

    @Test
    void theDefaultsAreValid() {
        assertEquals(32, ReadLimits.DEFAULT.maxNestingDepth());
    }

    private static final String HEAD = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], ";

    @Test
    void aDocumentOfExactlyTheSizeLimitIsReadAndOneByteMoreIsNot() {
        String doc = HEAD.substring(0, HEAD.length() - 2) + "}";
        PeelJson exact = PeelJson.withLimits(new ReadLimits(32, 100, 100, 100, doc.length()));
        assertEquals(List.of(), exact.readDocument(new java.io.ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "d.json").problems());
        PeelReadException e = assertThrows(PeelReadException.class, () -> exact.readDocument(
                new java.io.ByteArrayInputStream((doc + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "d.json"));
        assertEquals("d.json: Document is larger than the limit of " + doc.length() + " bytes", e.getMessage());
        assertEquals(List.of(), exact.readDocument(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8), "d.json").problems());
        PeelReadException bytes = assertThrows(PeelReadException.class,
                () -> exact.readDocument((doc + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8), "d.json"));
        assertEquals("d.json: Document is larger than the limit of " + doc.length() + " bytes", bytes.getMessage(),
                "bytes given whole are held to the same limit, in the same words");
    }

    private static final PeelJson SMALL = PeelJson.withLimits(new ReadLimits(3, 10, 5, 9, 200));

    @Test
    void aFieldNameOverTheLimitIsLocatedWhereTheNameStandsNotAtTheValueBeforeIt() {
        String text = "{\n  \"force\": \"kent\",\n  \"abcdefghij\": 1\n}";
        PeelReadException e = assertThrows(PeelReadException.class,
                () -> SMALL.readDocument(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.json"));
        assertEquals("s.json:3:3: Not readable as JSON: A field name is longer than the limit of 9 characters", e.getMessage());
        for (String name : List.of("\"abcdefghij\"", "\"ab\\\"c\\\\defgh\"", "\"\\\"bcdefghij\"", "\"" + "n".repeat(5000) + "\"")) {
            String line = "{\"inspector\": \"Zo\u00eb \uD83D\uDE00\", " + name + ": 1}";
            PeelReadException one = assertThrows(PeelReadException.class, () -> PeelJson.withLimits(new ReadLimits(3, 10, 5, 9, 100_000))
                    .readDocument(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.json"));
            assertEquals(java.util.Optional.of(Location.of(1, line.indexOf(name) + 1)), one.location(), name);
        }
        String records = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": []}\n{\"cycle\": \"\u00e9\", \"abcdefghij\": 1}\n";
        List<PeelDocument> read = JsonLines.withLimits(SMALL.limits()).read(records.getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.jsonl")
                .toList();
        assertEquals(List.of(new ReadProblem(ReadProblem.MALFORMED_VALUE, "", Location.of(2, 16),
                "Not readable as JSON: A field name is longer than the limit of 9 characters")), read.get(1).problems());
    }
}

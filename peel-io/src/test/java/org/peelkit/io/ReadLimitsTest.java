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

    @Test
    void everyLimitIsNamedWhenBelowOneAndOneIsEnough() {
        assertEquals("maxNestingDepth must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0, 1, 1, 1, 1)).getMessage());
        assertEquals("maxStringLength must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> new ReadLimits(1, 0, 1, 1, 1)).getMessage());
        assertEquals("maxNameLength must be at least 1, not -1",
                assertThrows(IllegalArgumentException.class, () -> new ReadLimits(1, 1, 1, -1, 1)).getMessage());
        assertEquals(new ReadLimits(1, 1, 1, 1, 1).maxDocumentLength(), 1L);
    }

    private static final String HEAD = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [], ";
    private static final PeelJson SMALL = PeelJson.withLimits(new ReadLimits(3, 10, 5, 9, 200));

    private static String read(String rest) {
        try {
            PeelDocument doc = SMALL.readDocument((HEAD + rest).getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.json");
            return doc.problems().stream().map(p -> p.path() + " " + p.message()).toList().toString();
        } catch (PeelReadException e) {
            return e.getMessage();
        }
    }

    /** The reading exception for {@code HEAD + rest}, expected at the first {@code marker}. */
    private static void refused(String rest, String marker, String reason) {
        String text = HEAD + rest;
        assertEquals("s.json:1:" + (text.indexOf(marker) + 1) + ": Not readable as JSON: " + reason, read(rest));
    }

    @Test
    void eachLimitTakesExactlyItsSizeAndRefusesOneMore() {
        assertEquals("[]", read("\"inspector\": \"0123456789\"}"), "a string of 10 characters");
        refused("\"inspector\": \"0123456789a\"}", "\"0123", "A string is longer than the limit of 10 characters");
        assertEquals("[/abcdefghi Unknown field 'abcdefghi' in a PEEL JSON document: PEEL JSON format 1 does not define it]",
                read("\"abcdefghi\": 1}"), "a name of 9 characters");
        refused("\"abcdefghij\": 1}", "\"abcdefghij", "A field name is longer than the limit of 9 characters");
        assertEquals("[]", read("\"metrics\": [{\"name\": \"n\", \"value\": 12345, \"unit\": \"count\"}]}"),
                "a number of 5 characters");
        refused("\"metrics\": [{\"name\": \"n\", \"value\": 123456, \"unit\": \"count\"}]}", "123456",
                "A number is longer than the limit of 5 characters");
        assertEquals("[/x Unknown field 'x' in a PEEL JSON document: PEEL JSON format 1 does not define it]", read("\"x\": [[1]]}"),
                "three levels deep");
        refused("\"x\": [[[1]]]}", "[1]]]", "Nested deeper than the limit of 3 levels (PEEL JSON needs 5)");
    }

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

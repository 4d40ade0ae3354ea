package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;

/** The bad-input corpus: each input gives its documented error at the right place, and nothing else escapes. */
class BadInputTest {

    private final PeelJson json = PeelJson.standard();

    private static final String GOOD = """
            {
              "force": "metropolitan",
              "cycle": "2023-25",
              "judgments": [
                {"question": "investigating-crime", "grade": "inadequate"}
              ]
            }
            """;

    private PeelReadException notJson(String text) {
        return assertThrows(PeelReadException.class,
                () -> Reads.assessment(json, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.json"));
    }

    private PeelReadException notJson(byte[] bytes) {
        return assertThrows(PeelReadException.class, () -> Reads.assessment(json, new ByteArrayInputStream(bytes), "bad.json"));
    }

    private static ReadProblem only(PeelDocument r) {
        assertEquals(1, r.problems().size(), () -> "expected one problem, got " + r.problems());
        return r.problems().get(0);
    }

    private static void assertProblem(ReadProblem p, String rule, String path, long line, long column, String inMessage) {
        assertEquals(rule, p.rule(), p::toString);
        assertEquals(path, p.path(), p::toString);
        assertEquals(line, p.location().line(), () -> "line of " + p);
        assertEquals(column, p.location().column(), () -> "column of " + p);
        assertTrue(p.message().contains(inMessage), () -> "message of " + p + " should contain: " + inMessage);
    }

    // ---- input that is not JSON at all: one exception, with file, line and column ------------

    @Test
    void truncatedDocument() {
        PeelReadException e = notJson("{\n  \"force\": \"metropolitan\",\n  \"cycle\"");
        assertEquals("bad.json", e.source());
        assertEquals(Optional.of(3L), e.location().map(Location::line));
        assertTrue(e.getMessage().startsWith("bad.json:3:"), e.getMessage());
        assertEquals("Not readable as JSON: The input ends too early: an object is not closed (a '}' is missing)", e.reason());
        assertEquals("bad.json:3:10: " + e.reason(), e.getMessage(), "the README's sample");
    }

    @Test
    void truncatedEveryWhichWayStillThrowsOnlyTheDocumentedException() {
        for (int cut = 0; cut < GOOD.strip().length() - 1; cut++) {
            String part = GOOD.substring(0, cut);
            PeelReadException e = notJson(part);
            assertTrue(e.location().map(Location::line).isPresent(), () -> "located: " + part);
        }
    }

    @Test
    void notJsonAtAll() {
        PeelReadException e = notJson("PEEL 2023–2025: inadequate");
        assertEquals(Optional.of(1L), e.location().map(Location::line));
        assertEquals(Optional.of(1L), e.location().map(Location::column));
    }

    @Test
    void emptyInput() {
        PeelReadException e = notJson("  \n ");
        assertTrue(e.reason().startsWith("Empty input"), e.reason());
        notJson(new byte[0]);
    }

    @Test
    void trailingContentAfterTheDocument() {
        PeelReadException e = notJson(GOOD + "{}");
        assertEquals(Optional.of(8L), e.location().map(Location::line));
        assertTrue(e.reason().contains("after the end of the document"), e.reason());
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] bytes = "{\n  \"inspector\": \"Matt \u00FF\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        PeelReadException e = notJson(bytes);
        assertEquals(Optional.of(2L), e.location().map(Location::line));
        assertEquals(Optional.of(22L), e.location().map(Location::column));
        assertTrue(e.reason().contains("0xFF"), e.reason());
    }

    @Test
    void nestingOneHundredThousandDeep() {
        String deep = "{\"force\":\"kent\",\"cycle\":\"2016\",\"judgments\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        PeelReadException e = notJson(deep);
        assertEquals(Optional.of(1L), e.location().map(Location::line));
        assertEquals("Not readable as JSON: Nested deeper than the limit of 32 levels (PEEL JSON needs 5)", e.reason());
    }

    @Test
    void aFiftyMegabyteString() {
        String huge = "{\"force\":\"kent\",\"cycle\":\"2016\",\"inspector\":\"" + "x".repeat(50 * 1024 * 1024) + "\"}";
        PeelReadException e = notJson(huge);
        assertEquals("Not readable as JSON: A string is longer than the limit of 1,000,000 characters", e.reason());
        assertEquals(Optional.of(1L), e.location().map(Location::line));
    }

    @Test
    void nestingBeyondTheLimitIsLocatedWhereTheLevelOpens() {
        PeelReadException e = notJson("[".repeat(33) + "]".repeat(33));
        assertEquals(Optional.of(Location.of(1, 33)), e.location(), e::getMessage);
        String padded = " ".repeat(5000) + "[".repeat(40) + "]".repeat(40);
        assertEquals(Optional.of(Location.of(1, 5033)), notJson(padded).location(), "not where the read buffer stood");
    }

    @Test
    void aFiftyMegabyteStringIsLocatedAtItsStart() {
        String prefix = "{\"force\":\"kent\",\"cycle\":\"2016\",\"judgments\":[],\"inspector\":";
        prefix = prefix + " ".repeat(150 - prefix.length());
        PeelReadException e = notJson(prefix + "\"" + "x".repeat(50 * 1024 * 1024) + "\"}");
        assertEquals(Optional.of(Location.of(1, 151)), e.location(), e::getMessage);
    }

    @Test
    void aDocumentOverTheSizeLimit() {
        PeelJson small = PeelJson.withLimits(new ReadLimits(32, 1000, 100, 100, 100));
        PeelReadException e = assertThrows(PeelReadException.class,
                () -> Reads.assessment(small, new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)), "big.json"));
        assertTrue(e.reason().contains("larger than the limit"), e.reason());
    }

    // ---- problems inside a readable document: reported, located, and reading goes on ---------

    @Test
    void aByteOrderMarkIsReportedAndTheRestRead() {
        PeelDocument r = Reads.assessment(json, "\uFEFF" + GOOD, "bom.json");
        assertProblem(only(r), ReadProblem.BYTE_ORDER_MARK, "", 1, 1, "byte order mark");
        assertEquals("metropolitan", r.assessment().orElseThrow().force());
    }

    @Test
    void aNumberBeyondRangeIsReportedNotExpanded() {
        PeelDocument r = Reads.assessment(json, """
                {"force": "kent", "cycle": "2016", "judgments": [],
                 "metrics": [{"name": "n", "value": 1e999999, "unit": "count"}]}""", "n.json");
        assertProblem(only(r), ReadProblem.MALFORMED_VALUE, "/metrics/0/value", 2, 37, "out of range");
        assertEquals(List.of(), r.assessment().orElseThrow().metrics(), "the metric is reported and left out");
    }

    @Test
    void nullsAreRejectedWhereTheyStand() {
        PeelDocument r = Reads.assessment(json, """
                {"force": "kent", "cycle": "2016", "inspector": null,
                 "judgments": [null, {"question": "effectiveness", "grade": "good", "updated": null}]}""", "null.json");
        assertEquals(3, r.problems().size(), r.problems()::toString);
        assertProblem(r.problems().get(0), ReadProblem.MALFORMED_VALUE, "/inspector", 1, 49, "null");
        assertProblem(r.problems().get(1), ReadProblem.MALFORMED_VALUE, "/judgments/0", 2, 16, "null");
        assertProblem(r.problems().get(2), ReadProblem.MALFORMED_VALUE, "/judgments/1/updated", 2, 80, "null");
        assertEquals(Optional.of(Grade.GOOD), r.assessment().orElseThrow().judgments().get(0).grade());
    }

    @Test
    void duplicateKeysAreRejected() {
        PeelDocument r = Reads.assessment(json, """
                {"force": "kent", "cycle": "2016", "force": "essex", "judgments": []}""", "dup.json");
        assertProblem(only(r), ReadProblem.MALFORMED_VALUE, "/force", 1, 45, "Duplicate field 'force'");
        assertEquals("kent", r.assessment().orElseThrow().force(), "the first value is kept; the duplicate is reported");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"force": 43, "cycle": "2016", "judgments": []}                 | /force       | a string, found the number 43
            {"force": "kent", "cycle": "2016", "judgments": {}}             | /judgments   | an array, found an object
            {"force": "kent", "cycle": "2016", "judgments": [], "partial": "yes"} | /partial | true or false, found the string 'yes'
            {"force": "kent", "cycle": "2016", "judgments": [7]}            | /judgments/0 | a judgment (an object), found the number 7
            {"force": "kent", "cycle": "2016", "judgments": [], "published": "22/09/2022"} | /published | Bad date '22/09/2022'
            {"force": "kent", "cycle": "2016", "judgments": [], "published": "2023-02-29"} | /published | Bad date '2023-02-29'
            {"force": "kent", "cycle": "2016", "judgments": [{"question": "effectiveness", "grade": "satisfactory"}]} | /judgments/0/grade | Unknown grade 'satisfactory': expected one of outstanding, good, adequate, requires-improvement, inadequate
            {"force": "kent", "cycle": "2016", "judgments": [{"question": "effectiveness", "status": "pending"}]} | /judgments/0/status | Unknown status 'pending'
            {"force": "kent", "cycle": "2016", "judgments": [{"question": "effectiveness", "grade": "Good"}]} | /judgments/0/grade | Unknown grade 'Good'
            {"peel": "2", "force": "kent", "cycle": "2016", "judgments": []} | /peel        | Unsupported format version '2'
            {"force": "kent", "cycle": "2016", "judgments": [], "metrics": [{"name": "n", "value": "12", "unit": "count"}]} | /metrics/0/value | a number, found the string '12'
            {"force": "kent", "cycle": "2016", "judgments": [], "metrics": [{"name": "n", "value": 12, "unit": "count", "sample": 2.5}]} | /metrics/0/sample | a whole number
            {"force": "kent", "cycle": "2016", "judgments": [], "metrics": [{"name": "n", "value": 12, "unit": "percentage"}]} | /metrics/0/unit | Unknown unit 'percentage'
            {"force": "kent", "cycle": "2016", "judgments": [], "findings": [{"type": "note", "text": "x"}]} | /findings/0/type | Unknown finding type 'note'
            {"force": "kent", "cycle": "2016", "judgments": [], "findings": [{"type": "area-for-improvement", "text": "x", "accelerated": true}]} | /findings/0/accelerated | causes of concern only
            {"force": "kent", "cycle": "2016"}                              | ''           | Missing required field 'judgments'
            {"cycle": "2016", "judgments": []}                              | ''           | Missing required field 'force'
            """)
    void malformedValuesAreReportedAtTheirPath(String document, String path, String message) {
        PeelDocument r = Reads.assessment(json, document, "doc.json");
        ReadProblem p = only(r);
        assertEquals(ReadProblem.MALFORMED_VALUE, p.rule(), p::toString);
        assertEquals(path, p.path(), p::toString);
        assertEquals(1, p.location().line());
        assertTrue(p.location().column() >= 1, p::toString);
        assertTrue(p.message().contains(message), () -> p.message() + " should contain " + message);
    }

    @Test
    void unknownFieldsAtEveryLevelAreReportedNeverDropped() {
        PeelDocument r = Reads.dataset(json, """
                {"peel": "1", "x0": 1,
                 "assessments": [{"force": "kent", "cycle": "2021-22", "x1": [1, {"a": 2}],
                   "judgments": [{"question": "preventing-crime", "grade": "good", "x2": true}],
                   "findings": [{"type": "cause-of-concern", "text": "t", "x3": "s",
                                 "recommendations": [{"text": "r", "status": "open", "x4": 0}]}],
                   "metrics": [{"name": "m", "value": 1, "unit": "count", "x5": {}}]}],
                 "monitoring": [{"force": "kent", "stage": "scan", "from": "2019", "x6": null}]}""", "unknown.json");
        List<String> paths = r.problems().stream().filter(p -> p.rule().equals(ReadProblem.UNKNOWN_FIELD))
                .map(ReadProblem::path).toList();
        assertEquals(List.of("/x0", "/assessments/0/x1", "/assessments/0/judgments/0/x2",
                "/assessments/0/findings/0/x3", "/assessments/0/findings/0/recommendations/0/x4",
                "/assessments/0/metrics/0/x5"), paths);
        ReadProblem nullUnknown = r.problems().get(r.problems().size() - 1);
        assertEquals("/monitoring/0/x6", nullUnknown.path(), "a null unknown field is still reported");
        assertEquals(6, r.problems().get(5).location().line());
        assertEquals(1, r.dataset().assessments().size(), "everything else is read");
    }

    @Test
    void theDocumentLocatesEveryNodeAndTheObjectsWhoseIndexShifted() {
        PeelDocument r = Reads.assessment(json, """
                {"force": "kent", "cycle": "2016", "partial": true,
                 "judgments": [7, {"question": "effectiveness", "grade": "good"}]}""", "shifted.json");
        Assessment a = r.assessment().orElseThrow();
        assertEquals(Optional.of(""), r.pointerOf(a), "the top-level assessment");
        assertEquals(Optional.of("/judgments/1"), r.pointerOf(a.judgments().get(0)),
                "model index 0 was read from JSON index 1, after a bad element was left out");
        assertEquals(Optional.of(Location.of(2, 58)), r.location("/judgments/1/grade"));
        assertEquals(Optional.of(Location.of(2, 19)), r.locationOf(a.judgments().get(0)));
        assertTrue(r.isIncomplete(a), "the assessment lost an element of its judgments");
        PeelDocument good = Reads.assessment(json, GOOD, "good.json");
        Assessment clean = good.assessment().orElseThrow();
        assertEquals(Optional.of("/judgments/0"), good.pointerOf(clean.judgments().get(0)));
        assertEquals(Optional.of(Location.of(5, 50)), good.location("/judgments/0/grade"));
        assertEquals(Optional.of(Location.of(5, 50)), good.assessmentAt(0).element("judgments", 0, clean.judgments().get(0))
                .field("grade").location());
        assertEquals(false, good.isIncomplete(clean));
    }

    @Test
    void columnsCountCharactersNotBytesWhenReadingUtf8() {
        byte[] bytes = "{\"inspector\": \"Zo\u00eb \u2013 \u00a3\", \"force\": 7, \"cycle\": \"2016\", \"judgments\": []}"
                .getBytes(StandardCharsets.UTF_8);
        PeelDocument r = Reads.assessment(json, new ByteArrayInputStream(bytes), "utf8.json");
        ReadProblem p = r.problems().get(0);
        assertEquals("/force", p.path());
        assertEquals(35, p.location().column(), "characters, not bytes: the value stands at byte 39");
    }

    @Test
    void aTopLevelArrayIsAProblemNotACrash() {
        PeelDocument r = Reads.assessment(json, "[1, 2]", "array.json");
        assertProblem(only(r), ReadProblem.MALFORMED_VALUE, "", 1, 1, "an assessment (an object), found an array");
        assertEquals(Optional.empty(), r.assessment());
    }

    @Test
    void aMissingFileIsOneMessage() {
        PeelReadException e = assertThrows(PeelReadException.class,
                () -> Reads.assessment(json, java.nio.file.Path.of("no/such/file.json")));
        assertTrue(e.getMessage().endsWith("Cannot read the file: no such file"), e.getMessage());
        assertEquals(PeelReadException.Failure.CANNOT_OPEN, e.failure(), "told apart from not JSON without the message");
        assertTrue(e.getCause() instanceof java.nio.file.NoSuchFileException, () -> "the cause is kept: " + e.getCause());
        assertEquals(PeelReadException.Failure.NOT_READABLE, notJson("{").failure());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            \u00e9                  | 1:1  | Found '\u00e9' outside a string: JSON allows characters beyond ASCII only inside double quotes
            {} \u00e9               | 1:4  | Found '\u00e9' outside a string: JSON allows characters beyond ASCII only inside double quotes
            {"a": true\u00e9}       | 1:11 | Found '\u00e9' outside a string: JSON allows characters beyond ASCII only inside double quotes
            {"a": \u20ac}           | 1:7  | Found '\u20ac' outside a string: JSON allows characters beyond ASCII only inside double quotes
            {"a": \uD83D\uDE00}     | 1:7  | Found '\uD83D\uDE00' outside a string: JSON allows characters beyond ASCII only inside double quotes
            {"a": \u00A0 1}         | 1:7  | Found U+00A0 outside a string: JSON allows characters beyond ASCII only inside double quotes
            {"a": 1 \u00e9}         | 1:9  | Found '\u00e9' where a ',' or '}' must follow a field's value
            [1 \u00e9\u00e9]        | 1:4  | Found '\u00e9' where a ',' or ']' must follow an element
            {"a" \u00e9}            | 1:6  | Found '\u00e9' where a ':' must follow the field name
            {"a": 1,\u00A0"b": 2}   | 1:9  | Found U+00A0 where a field name in double quotes must start
            \uFEFF{"a": 1 \u00e9}   | 1:9  | Found '\u00e9' where a ',' or '}' must follow a field's value
            """)
    void aCharacterBeyondAsciiOutsideAStringIsNamedWholeAtItsOwnColumn(String text, String at, String reason) {
        PeelReadException e = notJson(text);
        assertEquals("bad.json:" + at + ": Not readable as JSON: " + reason, e.getMessage(),
                "valid UTF-8 is never called invalid, and a character is never shown as its first byte");
        assertEquals("bad.json:2:12: Not readable as JSON: Found '\u00e9' outside a string: JSON allows characters beyond ASCII"
                + " only inside double quotes", notJson("{\n  \"force\": \u00e9\n}").getMessage(), "on its own line");
    }
}

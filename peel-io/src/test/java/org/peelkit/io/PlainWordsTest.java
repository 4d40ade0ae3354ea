package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 11: every message a user can provoke from the JSON and CSV parsers underneath is
 * said in peel's own words. Each broken input is read as a document, as a JSON Lines line, and (for
 * the CSV ones) as a grade table; no message may name a Jackson class, method or feature, show
 * Jackson's "[Source: ...]" or "byte offset", or a character code in Jackson's "(code 34)" form.
 */
class PlainWordsTest {

    /** What a message of peel's own never holds. */
    private static final Pattern JACKSON = Pattern.compile(
            "Jackson|tools\\.jackson|StreamReadConstraints|JsonReadFeature|JsonParser|Feature|Source:|byte offset"
                    + "|#UNKNOWN|\\(code \\d+\\)|`|get[A-Z]\\w*\\(\\)|\\bCTRL-CHAR\\b|token 'null'|REDACTED|enable ");

    static Stream<Arguments> brokenJson() {
        String deep = "[".repeat(40);
        return Stream.of(
                Arguments.of("missing comma", "{\"force\": \"kent\" \"cycle\": \"2016\"}"),
                Arguments.of("missing colon", "{\"force\" \"kent\"}"),
                Arguments.of("single quotes", "{'force': 'kent'}"),
                Arguments.of("unquoted name", "{force: \"kent\"}"),
                Arguments.of("trailing comma in object", "{\"force\": \"kent\",}"),
                Arguments.of("trailing comma in array", "{\"judgments\": [1,]}"),
                Arguments.of("missing array comma", "{\"judgments\": [1 2]}"),
                Arguments.of("truncated object", "{\"force\": \"kent\""),
                Arguments.of("truncated array", "{\"judgments\": ["),
                Arguments.of("truncated string", "{\"force\": \"ke"),
                Arguments.of("truncated name", "{\"for"),
                Arguments.of("truncated after name", "{\"force\""),
                Arguments.of("wrong close", "{\"judgments\": [}"),
                Arguments.of("wrong close of object", "{\"force\": \"kent\"]"),
                Arguments.of("stray close", "}"),
                Arguments.of("bare word", "{\"partial\": tru}"),
                Arguments.of("long bare word", "{\"partial\": " + "x".repeat(5000) + "}"),
                Arguments.of("NaN", "{\"value\": NaN}"),
                Arguments.of("Infinity", "{\"value\": Infinity}"),
                Arguments.of("minus Infinity", "{\"value\": -Infinity}"),
                Arguments.of("plus sign", "{\"value\": +1}"),
                Arguments.of("leading zero", "{\"value\": 01}"),
                Arguments.of("point without digit", "{\"value\": 1.}"),
                Arguments.of("leading point", "{\"value\": .5}"),
                Arguments.of("exponent without digit", "{\"value\": 1e}"),
                Arguments.of("lone minus", "{\"value\": -}"),
                Arguments.of("hex number", "{\"value\": 0x1F}"),
                Arguments.of("comment", "{\"force\": \"kent\" // a comment\n}"),
                Arguments.of("block comment", "/* c */ {\"force\": \"kent\"}"),
                Arguments.of("raw line feed in string", "{\"force\": \"ke\nnt\"}"),
                Arguments.of("raw tab in string", "{\"force\": \"ke\tnt\"}"),
                Arguments.of("bad escape", "{\"force\": \"ke\\xnt\"}"),
                Arguments.of("short unicode escape", "{\"force\": \"\\u12\"}"),
                Arguments.of("bad unicode escape", "{\"force\": \"\\uZZZZ\"}"),
                Arguments.of("nested too deep", deep),
                Arguments.of("string too long", "{\"force\": \"" + "a".repeat(1_000_001) + "\"}"),
                Arguments.of("number too long", "{\"value\": " + "9".repeat(101) + "}"),
                Arguments.of("name too long", "{\"" + "n".repeat(1001) + "\": 1}"),
                Arguments.of("two documents", "{\"force\": \"kent\"} {\"force\": \"kent\"}"),
                Arguments.of("trailing word", "{\"force\": \"kent\"} x"),
                Arguments.of("empty", ""),
                Arguments.of("only spaces", "   "),
                Arguments.of("a number", "12"),
                Arguments.of("an apostrophe", "'"),
                Arguments.of("a backslash", "\\"),
                Arguments.of("NUL byte", "{\"force\": \u0000}"),
                Arguments.of("control in value position", "{\"force\": \u0007}"),
                Arguments.of("name is a number", "{1: 2}"),
                Arguments.of("unclosed string value at end", "\""),
                Arguments.of("huge exponent", "{\"peel\": \"1\", \"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [],"
                        + " \"metrics\": [{\"name\": \"n\", \"value\": 1e99999999999, \"unit\": \"count\"}]}"));
    }

    static Stream<Arguments> brokenCsv() {
        String header = "force,cycle,question,grade,status,updated,carriedOverFrom\n";
        return Stream.of(
                Arguments.of("unclosed quote", header + "kent,2016,\"effectiveness,good,,,\n"),
                Arguments.of("text after closing quote", header + "kent,2016,\"effectiveness\"x,good,,,\n"),
                Arguments.of("unclosed quote at end", header + "kent,2016,effectiveness,good,,,\"\n"),
                Arguments.of("empty", ""),
                Arguments.of("a JSON document", "{\"force\": \"kent\"}\n"));
    }

    /** What reading each broken input as a document says, whole: file, line, column and reason. */
    static Stream<Arguments> exactJsonMessages() {
        return Stream.of(
                Arguments.of("Infinity", "bad.json:1:19: Not readable as JSON: 'Infinity' is not a JSON number: JSON has no NaN or infinity"),
                Arguments.of("NUL byte", "bad.json:1:11: Not readable as JSON: The control character U+0000 stands between values: only spaces, tabs and line ends may"),
                Arguments.of("NaN", "bad.json:1:14: Not readable as JSON: 'NaN' is not a JSON number: JSON has no NaN or infinity"),
                Arguments.of("a backslash", "bad.json:1:1: Not readable as JSON: Found '\\' where a value must start: expected a string, number, object, array, true, false or null"),
                Arguments.of("an apostrophe", "bad.json:1:1: Not readable as JSON: Found ''' where a value must start: expected a string, number, object, array, true, false or null"),
                Arguments.of("bad escape", "bad.json:1:15: Not readable as JSON: Unknown escape '\\x' in a string: JSON has \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX"),
                Arguments.of("bad unicode escape", "bad.json:1:14: Not readable as JSON: A \\u escape needs four hexadecimal digits, found 'Z'"),
                Arguments.of("bare word", "bad.json:1:13: Not readable as JSON: Unknown word 'tru': expected a value (a string, number, object, array, true, false or null)"),
                Arguments.of("block comment", "bad.json:1:1: Not readable as JSON: Found '/': comments are not allowed in JSON"),
                Arguments.of("comment", "bad.json:1:18: Not readable as JSON: Found '/': comments are not allowed in JSON"),
                Arguments.of("control in value position", "bad.json:1:11: Not readable as JSON: The control character U+0007 stands between values: only spaces, tabs and line ends may"),
                Arguments.of("empty", "bad.json:1:1: Empty input: expected a JSON object"),
                Arguments.of("exponent without digit", "bad.json:1:13: Not readable as JSON: A digit must follow the exponent ('e') of a number, found '}'"),
                Arguments.of("hex number", "bad.json:1:12: Not readable as JSON: Hexadecimal numbers are not JSON: write the number in decimal"),
                Arguments.of("leading point", "bad.json:1:11: Not readable as JSON: Found '.' where a value must start: expected a string, number, object, array, true, false or null"),
                Arguments.of("leading zero", "bad.json:1:12: Not readable as JSON: A number may not start with a zero followed by other digits (write 1, not 01)"),
                Arguments.of("lone minus", "bad.json:1:12: Not readable as JSON: A digit must follow the minus sign of a number, found '}'"),
                Arguments.of("long bare word", "bad.json:1:13: Not readable as JSON: Unknown word '" + "x".repeat(80) + "…' (259 characters): expected a value (a string, number, object, array, true, false or null)"),
                Arguments.of("minus Infinity", "bad.json:1:20: Not readable as JSON: '-Infinity' is not a JSON number: JSON has no NaN or infinity"),
                Arguments.of("missing array comma", "bad.json:1:18: Not readable as JSON: Found '2' where a ',' or ']' must follow an element"),
                Arguments.of("missing colon", "bad.json:1:10: Not readable as JSON: Found '\"' where a ':' must follow the field name"),
                Arguments.of("missing comma", "bad.json:1:18: Not readable as JSON: Found '\"' where a ',' or '}' must follow a field's value"),
                Arguments.of("name is a number", "bad.json:1:2: Not readable as JSON: Found '1' where a field name in double quotes must start"),
                Arguments.of("name too long", "bad.json:1:2: Not readable as JSON: A field name is longer than the limit of 1,000 characters"),
                Arguments.of("nested too deep", "bad.json:1:33: Not readable as JSON: Nested deeper than the limit of 32 levels (PEEL JSON needs 5)"),
                Arguments.of("number too long", "bad.json:1:11: Not readable as JSON: A number is longer than the limit of 100 characters"),
                Arguments.of("only spaces", "bad.json:1:1: Empty input: expected a JSON object"),
                Arguments.of("plus sign", "bad.json:1:12: Not readable as JSON: A number may not start with '+'"),
                Arguments.of("point without digit", "bad.json:1:13: Not readable as JSON: A digit must follow the decimal point of a number, found '}'"),
                Arguments.of("raw line feed in string", "bad.json:1:14: Not readable as JSON: The control character U+000A stands unescaped inside a string: write it as an escape, such as \\n or \\t"),
                Arguments.of("raw tab in string", "bad.json:1:14: Not readable as JSON: The control character U+0009 stands unescaped inside a string: write it as an escape, such as \\n or \\t"),
                Arguments.of("short unicode escape", "bad.json:1:16: Not readable as JSON: A \\u escape needs four hexadecimal digits, found '\"'"),
                Arguments.of("single quotes", "bad.json:1:2: Not readable as JSON: Found ''' where a field name in double quotes must start"),
                Arguments.of("stray close", "bad.json:1:1: Not readable as JSON: Found '}' with no object open to close"),
                Arguments.of("string too long", "bad.json:1:11: Not readable as JSON: A string is longer than the limit of 1,000,000 characters"),
                Arguments.of("trailing comma in array", "bad.json:1:18: Not readable as JSON: Found ']' where a value must follow ',': a comma may not end an array"),
                Arguments.of("trailing comma in object", "bad.json:1:18: Not readable as JSON: Found '}' where a field name must follow ',': a comma may not end an object"),
                Arguments.of("trailing word", "bad.json:1:19: Not readable as JSON: Unknown word 'x': expected a value (a string, number, object, array, true, false or null)"),
                Arguments.of("truncated after name", "bad.json:1:9: Not readable as JSON: The input ends too early: an object is not closed (a '}' is missing)"),
                Arguments.of("truncated array", "bad.json:1:16: Not readable as JSON: The input ends too early: an array is not closed (a ']' is missing)"),
                Arguments.of("truncated name", "bad.json:1:6: Not readable as JSON: The input ends too early: a field name is not closed (a '\"' is missing)"),
                Arguments.of("truncated object", "bad.json:1:17: Not readable as JSON: The input ends too early: an object is not closed (a '}' is missing)"),
                Arguments.of("truncated string", "bad.json:1:14: Not readable as JSON: The input ends too early: a string is not closed (a '\"' is missing)"),
                Arguments.of("two documents", "bad.json:1:19: Found an object after the end of the document: one JSON value per document"),
                Arguments.of("unclosed string value at end", "bad.json:1:2: Not readable as JSON: The input ends too early: a string is not closed (a '\"' is missing)"),
                Arguments.of("unquoted name", "bad.json:1:2: Not readable as JSON: Found 'f' where a field name in double quotes must start"),
                Arguments.of("wrong close", "bad.json:1:16: Not readable as JSON: Found '}' where ']' must close the array still open"),
                Arguments.of("wrong close of object", "bad.json:1:17: Not readable as JSON: Found ']' where '}' must close the object still open"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactJsonMessages")
    void eachBrokenDocumentIsSaidWholeAtItsPlace(String what, String message) {
        String text = brokenJson().filter(a -> a.get()[0].equals(what)).map(a -> (String) a.get()[1]).findFirst().orElseThrow();
        PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> PeelJson.standard().readDocument(text.getBytes(StandardCharsets.UTF_8), "bad.json"));
        org.junit.jupiter.api.Assertions.assertEquals(message, e.getMessage(), what);
    }

    static Stream<Arguments> exactCsvMessages() {
        return Stream.of(
                Arguments.of("empty", "bad.csv:1:1: Empty input: expected the header force,cycle,question,grade,status,updated,carriedOverFrom"),
                Arguments.of("text after closing quote", "bad.csv:2:27: Not readable as CSV: Found 'x' after a closing quote: a quoted cell ends at ',' or the end of the line"),
                Arguments.of("unclosed quote", "bad.csv:3:1: Not readable as CSV: A quoted cell is not closed: a '\"' is missing"),
                Arguments.of("unclosed quote at end", "bad.csv:3:1: Not readable as CSV: A quoted cell is not closed: a '\"' is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactCsvMessages")
    void eachBrokenTableIsSaidWholeAtItsPlace(String what, String message) {
        String text = brokenCsv().filter(a -> a.get()[0].equals(what)).map(a -> (String) a.get()[1]).findFirst().orElseThrow();
        PeelReadException e = org.junit.jupiter.api.Assertions.assertThrows(PeelReadException.class,
                () -> GradeTable.standard().read(text.getBytes(StandardCharsets.UTF_8), "bad.csv"));
        org.junit.jupiter.api.Assertions.assertEquals(message, e.getMessage(), what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenJson")
    void jsonMessagesAreInPeelsOwnWords(String what, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> messages = new ArrayList<>();
        try {
            PeelJson.standard().readDocument(bytes, "bad.json").problems().forEach(p -> messages.add(p.message()));
        } catch (PeelReadException e) {
            messages.add(e.getMessage());
        }
        try (Stream<PeelDocument> lines = JsonLines.standard().read(bytes, "bad.jsonl")) {
            lines.forEach(d -> d.problems().forEach(p -> messages.add(p.message())));
        } catch (PeelReadException e) {
            messages.add(e.getMessage());
        }
        try {
            CatalogueJson.standard().read(bytes, "bad-catalogue.json").problems().forEach(p -> messages.add(p.message()));
        } catch (PeelReadException e) {
            messages.add(e.getMessage());
        }
        assertPlain(what, messages);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCsv")
    void csvMessagesAreInPeelsOwnWords(String what, String text) {
        List<String> messages = new ArrayList<>();
        try {
            GradeTable.standard().read(text.getBytes(StandardCharsets.UTF_8), "bad.csv").problems()
                    .forEach(p -> messages.add(p.message()));
        } catch (PeelReadException e) {
            messages.add(e.getMessage());
        }
        assertPlain(what, messages);
    }

    private static void assertPlain(String what, List<String> messages) {
        assertFalse(messages.isEmpty(), what + ": a broken input must give a message");
        for (String m : messages) {
            assertFalse(JACKSON.matcher(m).find(), () -> what + ": message shows the parser's internals: " + m);
            assertTrue(m.length() <= 400, () -> what + ": message of " + m.length() + " characters: " + m.substring(0, 400));
            System.out.println(what + " => " + m);
        }
    }
}

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

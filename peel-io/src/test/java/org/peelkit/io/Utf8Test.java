package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The strict UTF-8 check every reader shares (through {@link Utf8Text#decode}, PEEL JSON and grade
 * tables): the edges of each sequence length are accepted, overlong forms, surrogates, code points
 * above U+10FFFF and cut sequences are refused at the line and character column of their first byte.
 */
class Utf8Test {

    private static byte[] bytes(String text, String hex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        return out.toByteArray();
    }

    private static PeelReadException refused(byte[] bytes) {
        return assertThrows(PeelReadException.class, () -> Utf8Text.decode(bytes, "t.txt", "report text"),
                () -> HexFormat.ofDelimiter(" ").formatHex(bytes) + " should be refused");
    }

    /** The first and last code point of each sequence length, and the neighbours of the surrogates. */
    @ParameterizedTest(name = "U+{1}")
    @CsvSource({
            "'00',       0000",
            "'7F',       007F",
            "'C280',     0080",
            "'DFBF',     07FF",
            "'E0A080',   0800",
            "'ED9FBF',   D7FF",
            "'EE8080',   E000",
            "'EFBFBF',   FFFF",
            "'F0908080', 10000",
            "'F09F9880', 1F600",
            "'F48FBFBF', 10FFFF"})
    void theEdgesOfEachSequenceLengthAreUtf8(String hex, String codePoint) {
        String expected = Character.toString(Integer.parseInt(codePoint, 16));
        assertEquals("a" + expected + "b", Utf8Text.decode(bytes("a", hex + "62"), "t.txt", "report text"), "U+" + codePoint);
        assertEquals(expected, Utf8Text.decode(bytes("", hex), "t.txt", "report text"), "U+" + codePoint + " alone, at the end");
    }

    /** Each refused at its first byte: the column of that byte, and the byte in the message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a lone continuation byte,              '80',       0x80",
            "a byte that never starts a sequence,    'FF',       0xFF",
            "overlong U+0000 in two bytes,           'C080',     0xC0",
            "overlong U+007F in two bytes,           'C1BF',     0xC1",
            "overlong U+07FF in three bytes,         'E09FBF',   0xE0",
            "overlong U+0000 in three bytes,         'E08080',   0xE0",
            "overlong U+FFFF in four bytes,          'F08FBFBF', 0xF0",
            "the first surrogate U+D800,             'EDA080',   0xED",
            "the last surrogate U+DFFF,              'EDBFBF',   0xED",
            "U+110000 beyond Unicode,                'F4908080', 0xF4",
            "a lead byte above F4,                   'F5808080', 0xF5",
            "a two-byte sequence cut by a letter,    'C341',     0xC3",
            "a three-byte sequence cut by a letter,  'E28241',   0xE2",
            "a four-byte sequence cut by a letter,   'F09F9841', 0xF0"})
    void badSequencesAreRefusedAtTheirFirstByte(String name, String hex, String shown) {
        PeelReadException e = refused(bytes("x\u00e9\u20ac\uD83D\uDE00y", hex + "7A"));
        assertEquals("t.txt:1:7: Not valid UTF-8 (byte " + shown + "): report text is UTF-8", e.getMessage(),
                name + ": x, \u00e9 and \u20ac are one character each, the emoji two, and y one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a two-byte sequence,   'C3',     0xC3",
            "a three-byte sequence, 'E282',   0xE2",
            "a four-byte sequence,  'F09F98', 0xF0"})
    void aSequenceCutByTheEndOfTheInputIsRefused(String name, String hex, String shown) {
        PeelReadException e = refused(bytes("ab", hex));
        assertEquals(Optional.of(Location.of(1, 3)), e.location(), name);
        assertEquals("Not valid UTF-8 (byte " + shown + "): report text is UTF-8", e.reason(), name);
    }

    @Test
    void aBadByteIsLocatedOnItsLineAsEditorsCountLines() {
        assertEquals(Optional.of(Location.of(2, 1)), refused(bytes("ab\n", "FF")).location(), "the first byte of a line");
        assertEquals(Optional.of(Location.of(1, 1)), refused(bytes("", "FF0A")).location(), "the first byte of the input");
        assertEquals(Optional.of(Location.of(2, 2)), refused(bytes("a\rb", "FF")).location(), "a lone CR ends a line");
        assertEquals(Optional.of(Location.of(2, 2)), refused(bytes("a\r\nb", "FF")).location(), "CR LF is one line end");
        assertEquals(Optional.of(Location.of(3, 2)), refused(bytes("\u00e9\n\u20ac\nx", "FF")).location());
        assertEquals(Optional.of(Location.of(1, 2)), refused(bytes("a", "FF0D")).location(), "a CR that ends the input");
        assertEquals(Optional.of(Location.of(1, 1)), refused(bytes("", "FF0D0A0D")).location());
        assertEquals(Optional.of(Location.of(41, 3)), refused(bytes("line\n".repeat(40) + "ab", "FF")).location(),
                "many lines before it");
    }

    @Test
    void longRunsOfPlainTextAroundABadByteAreCheckedByteByByte() {
        String plain = "0123456789abcdef";
        assertEquals(Optional.of(Location.of(1, 17)), refused(bytes(plain, "FF" + "41".repeat(16))).location());
        assertEquals(Optional.of(Location.of(1, 24)), refused(bytes(plain + "0123456", "FF")).location());
        assertEquals(Optional.of(Location.of(1, 25)), refused(bytes(plain + "01234567", "FF")).location());
        assertEquals(plain + plain + "\u00e9", Utf8Text.decode(bytes(plain + plain, "C3A9"), "t.txt", "report text"));
    }

    // ---- columns of PEEL JSON problems: Jackson counts bytes, editors count characters --------

    private static ReadProblem problemAt(String text, String path) {
        PeelDocument doc = PeelJson.standard().readDocument(text.getBytes(StandardCharsets.UTF_8), "t.json");
        return doc.problems().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + doc.problems()));
    }

    @Test
    void aColumnCountsTwoForACharacterBeyondTheBasicPlaneAndOneForEveryOther() {
        String text = "{\"inspector\": \"\uD83D\uDE00\u00e9\u20ac\uDBFF\uDFFF\", \"force\": 7, \"cycle\": \"2016\", \"judgments\": []}";
        assertEquals(Location.of(1, text.indexOf("7") + 1), problemAt(text, "/force").location(),
                "U+1F600 and U+10FFFF are two UTF-16 units each, as Java and editors count them");
    }

    @Test
    void columnsOfSeveralProblemsOnOneLineAndOnTheLastLineCountCharacters() {
        String first = "{\"inspector\": \"Zo\u00eb\", \"force\": 7, \"source\": \"\u20ac\u20ac\", \"cycle\": 8,";
        String last = "\"judgments\": [], \"published\": \"\u00e9t\u00e9\", \"partial\": \"\u00e9\"}";
        String text = first + "\n" + last;
        assertEquals(Location.of(1, first.indexOf("7") + 1), problemAt(text, "/force").location());
        assertEquals(Location.of(1, first.indexOf("8") + 1), problemAt(text, "/cycle").location(), "the second problem of line 1");
        assertEquals(Location.of(2, last.indexOf("\"\u00e9t") + 1), problemAt(text, "/published").location());
        assertEquals(Location.of(2, last.lastIndexOf("\"\u00e9\"") + 1), problemAt(text, "/partial").location(), "the last line");
        assertEquals(Location.of(1, first.indexOf("8") + 1), PeelJson.standard().readDocument(
                text.getBytes(StandardCharsets.UTF_8), "t.json").location("/cycle").orElseThrow(), "the index of every value agrees");
    }

    @Test
    void aByteOrderMarkTakesNoColumn() {
        String text = "{\"force\": 7, \"cycle\": \"2016\", \"judgments\": [], \"inspector\": \"\u00e9\", \"partial\": 1}";
        PeelDocument doc = PeelJson.standard().readDocument(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), "t.json");
        assertEquals(List.of(Location.of(1, 1), Location.of(1, text.indexOf("7") + 1), Location.of(1, text.lastIndexOf("1") + 1)),
                doc.problems().stream().map(ReadProblem::location).toList(), doc.problems()::toString);
        PeelReadException e = assertThrows(PeelReadException.class, () -> PeelJson.standard().readDocument(
                bytes("\uFEFF{\"inspector\": \"", "FF"), "t.json"));
        assertEquals("t.json:1:16: Not valid UTF-8 (byte 0xFF): PEEL JSON is UTF-8", e.getMessage());
    }
}

package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shared helpers every message uses: a value quoted short with its length, and a count with its noun's number. */
class QuotedAndCountedTest {

    @Test
    void shortValuesAreQuotedWhole() {
        assertEquals("'satisfactory'", Quoted.of("satisfactory"));
        assertEquals("''", Quoted.of(""));
        assertEquals("'" + "x".repeat(80) + "'", Quoted.of("x".repeat(80)));
    }

    @Test
    void longValuesShowEightyCharactersAndTheirLength() {
        assertEquals("'" + "a".repeat(80) + "…' (999,000 characters)", Quoted.of("a".repeat(999_000)));
        assertEquals("'" + "b".repeat(80) + "…' (81 characters)", Quoted.of("b".repeat(81)));
    }

    @Test
    void aSurrogatePairIsNeverSplitAndAnUnpairedOneIsShownEscaped() {
        String value = "c".repeat(79) + "\uD83D\uDE00" + "d".repeat(10);
        assertEquals("'" + "c".repeat(79) + "…' (91 characters)", Quoted.of(value));
        assertEquals("'Lee \\uD800 F'", Quoted.of("Lee \uD800 F"));
        assertEquals("'\\uDC00\\uD800 \uD83D\uDE00'", Quoted.of("\uDC00\uD800 \uD83D\uDE00"));
        assertEquals(4, Quoted.firstUnpairedSurrogate("Lee \uD800 F"));
        assertEquals(-1, Quoted.firstUnpairedSurrogate("a \uD83D\uDE00 b"));
        assertEquals(1, Quoted.firstUnpairedSurrogate("a\uD83D"));
    }

    @Test
    void countsTakeTheRightNumberOfTheirNoun() {
        assertEquals("1 judgment", Counted.of(1, "judgment"));
        assertEquals("9 judgments", Counted.of(9, "judgment"));
        assertEquals("0 assessments", Counted.of(0, "assessment"));
        assertEquals("1 monitoring period", Counted.of(1, "monitoring period"));
        assertEquals("2 judgment summaries", Counted.of(2, "judgment summary", "judgment summaries"));
        assertEquals("1 finding is", Counted.of(1, "finding", "is", "are"));
        assertEquals("3 findings are", Counted.of(3, "finding", "is", "are"));
    }
}

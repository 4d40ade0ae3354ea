package org.peelkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @ParameterizedTest
    @ValueSource(strings = {"Requires improvement", "REQUIRES_IMPROVEMENT", " requires-improvement ",
            "requires  improvement", "Requires_Improvement", "requires\timprovement"})
    void parseIsLenientAboutCaseSpacesHyphensAndUnderscores(String text) {
        assertEquals(Grade.REQUIRES_IMPROVEMENT, Grade.parse(text), () -> "parse(\"" + text + "\")");
    }

    @Test
    void parseReadsEveryLabelAndEveryId() {
        for (Grade g : Grade.values()) {
            assertEquals(g, Grade.parse(g.label()), g::label);
            assertEquals(g, Grade.parse(g.id()), g::id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"requires improvment", "", "   ", "good-ish", "RI", "satisfactory"})
    void parseSaysWhatItCouldNotParse(String text) {
        PeelParseException e = assertThrows(PeelParseException.class, () -> Grade.parse(text));
        assertEquals(text, e.text());
        assertTrue(e.getMessage().contains("'" + text + "'") && e.getMessage().contains("a grade"), e.getMessage());
    }

    @Test
    void fromIdIsExact() {
        assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), Grade.fromId("requires-improvement"));
        assertEquals(Optional.empty(), Grade.fromId("Requires improvement"));
        assertEquals("Requires improvement", Grade.REQUIRES_IMPROVEMENT.label());
    }

    @Test
    void scalesHoldTheirGradesBestFirst() {
        assertEquals(java.util.List.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE),
                GradeScale.FOUR_POINT.grades());
        assertEquals(2, GradeScale.FIVE_POINT.rank(Grade.ADEQUATE));
        assertThrows(IllegalArgumentException.class, () -> GradeScale.FOUR_POINT.rank(Grade.ADEQUATE));
    }
}

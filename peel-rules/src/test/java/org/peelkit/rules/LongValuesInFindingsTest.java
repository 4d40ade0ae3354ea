package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;

/** Issue 10, item 13, for the rules: a finding quotes at most 80 characters of a value, and says how long it was. */
class LongValuesInFindingsTest {

    @Test
    void everyFindingQuotesALongValueShortWithItsLength() {
        String longForce = "f".repeat(3_000);
        String longCycle = "c".repeat(3_000);
        String longQuestion = "q".repeat(3_000);
        String longInspector = "Matt " + "\u0007".repeat(1) + "p".repeat(3_000);
        Judgment j = new Judgment(longQuestion, Optional.of(Grade.GOOD), Optional.empty(), Optional.empty(),
                Optional.of(longCycle), Optional.empty());
        List<Assessment> all = List.of(
                Assessment.builder(longForce, "2016").partial(true).judgments(List.of(j, j)).inspector(longInspector).build(),
                Assessment.builder("metropolitan", longCycle).partial(true).judgments(List.of(j)).build(),
                Assessment.builder("metropolitan", "2016").partial(true).judgments(List.of(j)).build());
        for (Assessment a : all) {
            ValidationReport report = PeelValidator.standard().validate(a);
            assertFalse(report.findings().isEmpty());
            for (ValidationFinding f : report.findings()) {
                String m = f.message();
                for (String v : List.of("f", "c", "q", "p")) {
                    assertFalse(m.contains(v.repeat(81)), () -> "a value quoted whole: " + m.substring(0, 200));
                }
                if (m.contains("f".repeat(80)) || m.contains("c".repeat(80)) || m.contains("q".repeat(80)) || m.contains("p".repeat(70))) {
                    assertTrue(m.contains(" characters)"), () -> "a shortened value without its length: " + m);
                }
                assertTrue(m.length() < 1_500, () -> m.length() + " characters: " + m.substring(0, 300));
            }
        }
    }
}

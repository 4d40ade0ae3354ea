package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelkit.rules.ValidationReport;

/** Each example program runs and shows what it is there to show. */
class ExamplesTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text, true);

    @Test
    void comparingGradesAcrossCycles() {
        ComparingGradesAcrossCycles.run(out);
        List<String> lines = text.toString().lines().toList();
        assertEquals("Met efficiency 2016 -> 2017: declined", lines.get(0));
        assertEquals("Refused: PEEL 2023–2025 and PEEL 2021/22 grades are not comparable: HMICFRS changed the framework",
                lines.get(1));
        assertEquals("Met responding to the public 2021/22 -> 2023-25: not-comparable", lines.get(2));
        assertEquals("Is 'adequate' on the PEEL 2016 scale? false", lines.get(3));
        assertEquals("investigating-crime PEEL 2021/22 -> PEEL 2023–2025: not-comparable", lines.get(4));
    }

    @Test
    void validatingInAPipeline() {
        boolean publish = ValidatingInAPipeline.run(out);
        assertFalse(publish);
        List<String> lines = text.toString().lines().toList();
        assertEquals(2, lines.size(), text::toString);
        assertTrue(lines.get(0).startsWith("incoming.jsonl:4: error PEEL-018 /grade"), lines.get(0));
        assertEquals("7 assessments checked; not publishing", lines.get(1));
    }

    @Test
    void addingACustomRule() {
        ValidationReport report = AddingACustomRule.run(out);
        assertEquals(List.of("NEWS-001"), report.findings().stream().map(f -> f.rule()).distinct().toList(),
                "the 2014 assessment names no inspector");
        assertEquals("/assessments/0", report.findings().get(0).path());
        assertTrue(report.isValid(), "a warning only");
        assertTrue(text.toString().contains("21 rules run; valid: true"), text::toString);
    }
}

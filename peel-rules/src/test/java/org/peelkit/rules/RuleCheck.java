package org.peelkit.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelReader;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;

/**
 * The one place the rule tests call the validator and read a finding's line and column, so that a
 * change of the validator's API (its entry points, or how a location is held) is adapted here alone.
 * A finding is given whole, as one line of text:
 *
 * <pre>{@code
 * assertEquals(List.of("6:44 error PEEL-003 /judgments/0/grade Grade 'adequate' is not on ..."),
 *         RuleCheck.json(document));
 * }</pre>
 *
 * A finding without a location shows {@code -:-} for line and column.
 */
final class RuleCheck {

    /** The core rules only: no rule a test happens to list for ServiceLoader. */
    static final PeelValidator CORE = PeelValidator.builder().serviceRules(false).build();

    private RuleCheck() {
    }

    /** @return the report of a PEEL JSON document's text, read as {@code test.json} */
    static ValidationReport report(PeelValidator validator, String json) {
        return validator.validate(PeelJson.standard().readDocument(json.getBytes(StandardCharsets.UTF_8), "test.json"));
    }

    /** @return the report of a file, read by its name (JSON Lines one record at a time, as the command does) */
    static ValidationReport report(PeelValidator validator, java.nio.file.Path file) {
        try (Stream<PeelDocument> documents = PeelReader.standard().read(file)) {
            return validator.validate(documents, file.toString());
        }
    }

    /** @return the report of a PEEL JSON document read from a stream, named {@code test.json} */
    static ValidationReport reportDocument(PeelValidator validator, String json) {
        return validator.validate(PeelJson.standard().readDocument(
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
    }

    /** @return the report of JSON Lines read from a stream, named {@code test.jsonl} */
    static ValidationReport reportLines(PeelValidator validator, String lines) {
        try (Stream<PeelDocument> records = JsonLines.standard().read(
                new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "test.jsonl")) {
            return validator.validate(records, "test.jsonl");
        }
    }

    /** @return the report of a dataset built in code */
    static ValidationReport report(PeelValidator validator, Dataset dataset) {
        return validator.validate(dataset);
    }

    /** @return the report of an assessment built in code */
    static ValidationReport report(PeelValidator validator, Assessment assessment) {
        return validator.validate(assessment);
    }

    /** @return every finding of a PEEL JSON document's text, whole, in report order */
    static List<String> json(String json) {
        return whole(report(CORE, json));
    }

    /** @return every finding of a dataset built in code, whole */
    static List<String> dataset(Dataset dataset) {
        return whole(report(CORE, dataset));
    }

    /** @return every finding of an assessment built in code, whole */
    static List<String> assessment(Assessment assessment) {
        return whole(report(CORE, assessment));
    }

    /** @return every finding of a report, whole */
    static List<String> whole(ValidationReport report) {
        return report.findings().stream().map(RuleCheck::whole).toList();
    }

    /**
     * Asserts that the findings, whole, are exactly these, in this order; on failure lists the ones found,
     * one a line, as they would be written here.
     */
    static void assertFindings(List<String> found, String... expected) {
        if (!List.of(expected).equals(found)) {
            Assertions.fail("expected findings:\n  " + String.join("\n  ", expected) + "\nbut found:\n"
                    + String.join("\n", found.stream().map(f -> "\"" + f.replace("\\", "\\\\").replace("\"", "\\\"") + "\",").toList()));
        }
    }

    /** @return a finding as {@code LINE:COLUMN severity RULE PATH MESSAGE} ({@code -:-} where not located) */
    static String whole(ValidationFinding f) {
        return line(f) + ":" + column(f) + " " + f.severity().id() + " " + f.rule() + " " + f.path() + " " + f.message();
    }

    /** @return the finding's line, or {@code "-"} */
    static String line(ValidationFinding f) {
        return f.location().map(l -> Long.toString(l.line())).orElse("-");
    }

    /** @return the finding's column, or {@code "-"} */
    static String column(ValidationFinding f) {
        return f.location().map(l -> Long.toString(l.column())).orElse("-");
    }
}

package org.peelkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peelkit.rules.RuleCheck.assertFindings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;

/** Every way into the validator gives the same located findings; reports, findings and rules describe themselves. */
class ValidatorEntryPointsTest {

    private static final String LINES = """
            {"force": "gotham", "cycle": "2016", "partial": true, "judgments": []}
            {"force": "kent", "cycle": "2020", "partial": true, "judgments": []}
            """;

    private static final String[] LINE_FINDINGS = {
        "1:11 error PEEL-001 /force Unknown force 'gotham': expected a police.uk force id such as metropolitan",
        "2:28 error PEEL-002 /cycle Unknown cycle '2020': expected one of 2014, 2015, 2016, 2017, 2018-19, 2021-22, 2023-25, 2025-27"};

    @Test
    void jsonLinesAreCheckedLineByLineFromAFileOrAStream(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), LINES);
        Files.writeString(dir.resolve("b.NDJSON"), LINES);
        for (ValidationReport r : List.of(RuleCheck.report(RuleCheck.CORE, dir.resolve("a.jsonl")),
                RuleCheck.report(RuleCheck.CORE, dir.resolve("b.NDJSON")), RuleCheck.reportLines(RuleCheck.CORE, LINES))) {
            assertEquals(2, r.assessments(), r.source());
            assertFindings(RuleCheck.whole(r), LINE_FINDINGS);
        }
    }

    @Test
    void aCsvGradeTableAndAJsonDocumentAreReadByTheirNames(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("grades.CSV");
        Files.writeString(csv, "force,cycle,question,grade,status,updated,carriedOverFrom\nkent,2016,effectiveness,adequate,,,\n");
        assertFindings(RuleCheck.whole(RuleCheck.report(RuleCheck.CORE, csv)),
                "2:25 error PEEL-003 /0/grade Grade 'adequate' is not on the four-point scale of PEEL 2016: expected one of outstanding, good, requires-improvement, inadequate (adequate arrived in PEEL 2021/22)");
        String json = """
                {"force": "gotham", "cycle": "2016", "partial": true, "judgments": []}
                """;
        Path file = dir.resolve("kent.json");
        Files.writeString(file, json);
        assertFindings(RuleCheck.whole(RuleCheck.report(RuleCheck.CORE, file)),
                "1:11 error PEEL-001 /force Unknown force 'gotham': expected a police.uk force id such as metropolitan");
        assertEquals(RuleCheck.whole(RuleCheck.report(RuleCheck.CORE, file)), RuleCheck.whole(RuleCheck.reportDocument(RuleCheck.CORE, json)));
    }

    @Test
    void aReportSplitsErrorsFromWarnings() {
        ValidationReport r = RuleCheck.report(RuleCheck.CORE, """
                {"force": "kent", "cycle": "2025-27", "partial": true, "judgments": [
                  {"question": "made-up", "grade": "good"},
                  {"question": "leadership-and-force-management", "grade": "adequate", "status": "ungraded"}
                ]}
                """);
        assertEquals(List.of("PEEL-004"), r.warnings().stream().map(ValidationFinding::rule).toList());
        assertEquals(List.of("PEEL-008"), r.errors().stream().map(ValidationFinding::rule).toList());
        assertFalse(r.isValid());
        assertTrue(RuleCheck.report(RuleCheck.CORE, r.warnings().isEmpty() ? "" : """
                {"force": "kent", "cycle": "2025-27", "partial": true, "judgments": [{"question": "made-up", "grade": "good"}]}
                """).isValid(), "a warning alone leaves a document valid");
    }

    @Test
    void aFindingPrintsItsLocationWhenItHasOne() {
        ValidationReport read = RuleCheck.report(RuleCheck.CORE, """
                {"force": "gotham", "cycle": "2016", "partial": true, "judgments": []}
                """);
        assertEquals("1:11: error PEEL-001 /force Unknown force 'gotham': expected a police.uk force id such as metropolitan",
                read.findings().get(0).toString());
        ValidationReport built = RuleCheck.report(RuleCheck.CORE, Assessment.builder("gotham", "2016").partial(true).build());
        assertEquals("error PEEL-001 /force Unknown force 'gotham': expected a police.uk force id such as metropolitan",
                built.findings().get(0).toString());
        ValidationReport whole = RuleCheck.report(RuleCheck.CORE, "{\"assessments\": []}");
        assertEquals("1:1: error PEEL-019 \"\" Missing required field 'peel' in a dataset document", whole.findings().get(0).toString());
    }

    @Test
    void rulesAndSeveritiesDescribeThemselves() {
        Rule first = RuleCheck.CORE.rules().get(0);
        assertEquals("PEEL-001", first.toString());
        assertEquals("force unknown, or a known force outside PEEL", first.description());
        assertEquals(Optional.of(Severity.WARNING), Severity.fromId("warning"));
        assertEquals(Optional.empty(), Severity.fromId("fatal"));
    }

    @Test
    void theBuilderKeepsWhatItIsGivenAndRefusesUnknownRuleIds() {
        Catalogue catalogue = Catalogue.builtIn();
        PeelValidator v = PeelValidator.builder().catalogue(catalogue).build();
        assertSame(catalogue, v.catalogue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeelValidator.builder().serviceRules(false).severity("PEEL-999", Severity.INFO).build());
        assertTrue(e.getMessage().startsWith("Unknown rule id 'PEEL-999': expected one of PEEL-001, PEEL-002"), e.getMessage());
    }
}

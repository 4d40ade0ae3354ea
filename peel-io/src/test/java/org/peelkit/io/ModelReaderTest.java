package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.InnovativePractice;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.PromisingPractice;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/**
 * What reading PEEL JSON reports, whole: rule, pointer, line and column, and message. Each input is
 * one line, so a value's column is where its text stands in the line.
 */
class ModelReaderTest {

    private static final String ASSESSMENT = "\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": []";
    private final PeelJson json = PeelJson.standard();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The location of the first occurrence of {@code marker} in a one-line input. */
    private static Location at(String line, String marker) {
        int i = line.indexOf(marker);
        assertTrue(i >= 0 && line.indexOf(marker, i + 1) < 0, () -> "the test's marker " + marker + " stands once in " + line);
        return Location.of(1, i + 1);
    }

    private static ReadProblem malformed(String path, Location at, String message) {
        return new ReadProblem(ReadProblem.MALFORMED_VALUE, path, at, message);
    }

    private static ReadProblem unknown(String path, Location at, String message) {
        return new ReadProblem(ReadProblem.UNKNOWN_FIELD, path, at, message);
    }

    private static String missing(String field, String in) {
        return "Missing required field '" + field + "' in " + in;
    }

    @Test
    void aDocumentWithAssessmentsIsADatasetAndAssessmentFieldsBesideThemAreUnknown() {
        String text = "{\"assessments\": [], \"force\": \"kent\"}";
        PeelDocument doc = json.readDocument(utf8(text), "d.json");
        assertEquals(List.of(
                unknown("/force", at(text, "\"kent\""), "Unknown field 'force' in a dataset: PEEL JSON format 1 does not define it"),
                malformed("", Location.of(1, 1), missing("peel", "a dataset document"))), doc.problems());
        assertEquals(PeelDocument.Shape.DATASET, doc.shape());
        assertEquals(List.of(), doc.dataset().assessments());
    }

    @Test
    void aDocumentWithoutAssessmentsIsAnAssessmentAndMonitoringInItIsUnknown() {
        String text = "{" + ASSESSMENT + ", \"monitoring\": [{\"force\": \"kent\"}]}";
        PeelDocument doc = json.readDocument(utf8(text), "a.json");
        assertEquals(List.of(
                malformed("/monitoring/0", at(text, "{\"force\": \"kent\"}]"), missing("stage", "a monitoring period")),
                malformed("/monitoring/0", at(text, "{\"force\": \"kent\"}]"), missing("from", "a monitoring period")),
                unknown("/monitoring", at(text, "[{"), "Unknown field 'monitoring' in an assessment (monitoring belongs to a"
                        + " dataset document): PEEL JSON format 1 does not define it")), doc.problems());
        assertEquals(PeelDocument.Shape.ASSESSMENT, doc.shape());
        assertEquals("kent", doc.assessment().orElseThrow().force());
        assertEquals(List.of(), doc.dataset().monitoring());
    }

    @Test
    void aDatasetWithPeelAndAssessmentsIsClean() {
        PeelDocument doc = json.readDocument(utf8("{\"peel\": \"1\", \"assessments\": [{" + ASSESSMENT + "}],"
                + " \"monitoring\": [{\"force\": \"kent\", \"stage\": \"scan\", \"from\": \"2019\"}]}"), "d.json");
        assertTrue(doc.isClean(), doc.problems()::toString);
        assertEquals(PeelDocument.Shape.DATASET, doc.shape());
        assertEquals(1, doc.dataset().monitoring().size());
        assertEquals(Optional.empty(), doc.assessment(), "a dataset document is not one assessment");
    }

    @Test
    void aDatasetDocumentNamesWhatItLacksAndWhatItDoesNotDefine() {
        String text = "{\"x\": 1}";
        PeelDocument doc = json.readDataset(utf8(text), "d.json");
        assertEquals(List.of(
                unknown("/x", at(text, "1"), "Unknown field 'x' in a dataset: PEEL JSON format 1 does not define it"),
                malformed("", Location.of(1, 1), missing("peel", "a dataset document")),
                malformed("", Location.of(1, 1), missing("assessments", "a dataset document"))), doc.problems());
        assertEquals(PeelDocument.Shape.DATASET, doc.shape());
        String nested = "{\"peel\": \"1\", \"assessments\": [{\"peel\": \"1\", " + ASSESSMENT + "}], \"monitoring\": []}";
        assertEquals(List.of(unknown("/assessments/0/peel", at(nested, "\"1\", \"force"), "Unknown field 'peel' in an assessment"
                        + " inside a dataset (\"peel\" stands at the top level only): PEEL JSON format 1 does not define it")),
                json.readDataset(utf8(nested), "d.json").problems());
        assertEquals(List.of(malformed("", Location.of(1, 1), "Expected a dataset document (an object), found an array")),
                json.readDataset(utf8("[]"), "d.json").problems());
        assertEquals(List.of(malformed("", Location.of(1, 1), "Expected a PEEL JSON document (an object), found the number 7")),
                json.readDocument(utf8("7"), "d.json").problems());
    }

    @Test
    void theFormatVersionIsOneAndOnlyAtTheTopLevel() {
        String text = "{\"peel\": \"1.0\", " + ASSESSMENT + "}";
        assertEquals(List.of(malformed("/peel", at(text, "\"1.0\""), "Unsupported format version '1.0': this reader reads PEEL JSON"
                + " format \"1\"")), json.readAssessment(utf8(text), "a.json").problems());
        assertTrue(json.readAssessment(utf8("{\"peel\": \"1\", " + ASSESSMENT + "}"), "a.json").isClean());
        String dataset = "{\"peel\": 1, \"assessments\": []}";
        assertEquals(List.of(malformed("/peel", at(dataset, "1,"), "Expected a string, found the number 1")),
                json.readDataset(utf8(dataset), "d.json").problems());
    }

    @Test
    void eachObjectNamesEachRequiredFieldItLacksAtItsStart() {
        String text = "{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [{\"grade\": \"good\"}],"
                + " \"findings\": [{}, {\"type\": \"cause-of-concern\", \"text\": \"t\", \"recommendations\": [{}]}],"
                + " \"metrics\": [{}]}";
        PeelDocument doc = json.readAssessment(utf8(text), "a.json");
        Location judgment = at(text, "{\"grade\"");
        Location finding = at(text, "{}, ");
        Location recommendation = at(text, "{}]}]");
        Location metric = Location.of(1, text.indexOf("\"metrics\": [{}") + "\"metrics\": [".length() + 1);
        assertEquals(List.of(
                malformed("/judgments/0", judgment, missing("question", "a judgment")),
                malformed("/findings/0", finding, missing("type", "a finding")),
                malformed("/findings/0", finding, missing("text", "a finding")),
                malformed("/findings/1/recommendations/0", recommendation, missing("text", "a recommendation")),
                malformed("/findings/1/recommendations/0", recommendation, missing("status", "a recommendation")),
                malformed("/metrics/0", metric, missing("name", "a metric")),
                malformed("/metrics/0", metric, missing("value", "a metric")),
                malformed("/metrics/0", metric, missing("unit", "a metric"))), doc.problems());
        Assessment a = doc.assessment().orElseThrow();
        assertEquals(List.of(), a.judgments());
        assertEquals(List.of(new CauseOfConcern(Optional.empty(), "t", false, List.of())), a.findings());
        assertEquals(List.of(), a.metrics());
        assertTrue(doc.isIncomplete(a), "it lost a judgment, a finding and a metric");
        assertTrue(doc.isIncomplete(a.findings().get(0)), "the cause of concern lost its recommendation");
    }

    @Test
    void anAssessmentWithoutForceOrCycleIsLeftOutAndOneWithoutJudgmentsIsReadIncomplete() {
        PeelDocument none = json.readAssessment(utf8("{\"judgments\": []}"), "a.json");
        assertEquals(List.of(malformed("", Location.of(1, 1), missing("force", "an assessment")),
                malformed("", Location.of(1, 1), missing("cycle", "an assessment"))), none.problems());
        assertEquals(Optional.empty(), none.assessment());
        PeelDocument noCycle = json.readAssessment(utf8("{\"force\": \"kent\", \"judgments\": []}"), "a.json");
        assertEquals(List.of(malformed("", Location.of(1, 1), missing("cycle", "an assessment"))), noCycle.problems());
        assertEquals(Optional.empty(), noCycle.assessment());
        PeelDocument noJudgments = json.readAssessment(utf8("{\"force\": \"kent\", \"cycle\": \"2016\"}"), "a.json");
        assertEquals(List.of(malformed("", Location.of(1, 1), missing("judgments", "an assessment"))), noJudgments.problems());
        Assessment a = noJudgments.assessment().orElseThrow();
        assertTrue(noJudgments.isIncomplete(a), "built without a required field");
    }

    @Test
    void anUnknownFieldLeavesItsObjectCompleteAndABadValueDoesNot() {
        String text = "{" + ASSESSMENT.replace("[]", "[{\"question\": \"effectiveness\", \"colour\": \"red\"},"
                + " {\"question\": \"efficiency\", \"grade\": \"great\"}]") + "}";
        PeelDocument doc = json.readAssessment(utf8(text), "a.json");
        assertEquals(List.of("/judgments/0/colour", "/judgments/1/grade"), doc.problems().stream().map(ReadProblem::path).toList());
        Assessment a = doc.assessment().orElseThrow();
        assertFalse(doc.isIncomplete(a.judgments().get(0)), "an unknown field loses nothing the model holds");
        assertTrue(doc.isIncomplete(a.judgments().get(1)), "the grade could not be read");
        assertFalse(doc.isIncomplete(a), "both judgments are there");
        assertEquals(Optional.of("/judgments/1"), doc.pointerOf(a.judgments().get(1)));
    }

    @Test
    void findingsOfEachTypeAreReadAndOnlyCausesOfConcernTakeAccelerationAndRecommendations() {
        String text = "{" + ASSESSMENT + ", \"findings\": ["
                + "{\"type\": \"innovative-practice\", \"question\": \"effectiveness\", \"text\": \"i\"},"
                + " {\"type\": \"promising-practice\", \"text\": \"p\", \"recommendations\": [{\"text\": \"r\", \"status\": \"open\"}]},"
                + " {\"type\": \"cause-of-concern\", \"text\": \"c\", \"accelerated\": true,"
                + " \"recommendations\": [{\"text\": \"r\", \"status\": \"closed\", \"due\": \"2020-01\"}]}]}";
        PeelDocument doc = json.readAssessment(utf8(text), "a.json");
        assertEquals(List.of(malformed("/findings/1/recommendations", at(text, "[{\"text\": \"r\", \"status\": \"open"),
                "'recommendations' belong to causes of concern only, not to promising-practice")), doc.problems());
        Assessment a = doc.assessment().orElseThrow();
        assertEquals(List.of(new InnovativePractice(Optional.of("effectiveness"), "i"), new PromisingPractice(Optional.empty(), "p"),
                new CauseOfConcern(Optional.empty(), "c", true, List.of(new Recommendation("r", RecommendationStatus.CLOSED,
                        Optional.of(org.peelkit.model.PartialDate.ofMonth(2020, 1)))))), a.findings());
        assertTrue(doc.isIncomplete(a.findings().get(1)), "the promising practice lost its recommendations");
        assertFalse(doc.isIncomplete(a.findings().get(2)));
        String notAccelerated = "{" + ASSESSMENT + ", \"findings\": [{\"type\": \"innovative-practice\", \"text\": \"i\","
                + " \"accelerated\": false, \"recommendations\": []}]}";
        assertTrue(json.readAssessment(utf8(notAccelerated), "a.json").isClean(), "false and [] say nothing a practice cannot hold");
    }

    @Test
    void everyFieldOfAMetricIsRead() {
        String text = "{" + ASSESSMENT + ", \"metrics\": [{\"name\": \"m\", \"value\": 12.50, \"unit\": \"percent\", \"from\": \"2019\","
                + " \"to\": \"2020-03\", \"ci\": 1.5, \"sample\": 2.0, \"average\": 10, \"significance\": \"above\"}]}";
        PeelDocument doc = json.readAssessment(utf8(text), "a.json");
        assertTrue(doc.isClean(), doc.problems()::toString);
        assertEquals(new Metric("m", new BigDecimal("12.50"), MetricUnit.PERCENT, Optional.of(org.peelkit.model.PartialDate.ofYear(2019)),
                        Optional.of(org.peelkit.model.PartialDate.ofMonth(2020, 3)), Optional.of(new BigDecimal("1.5")), OptionalLong.of(2),
                        Optional.of(BigDecimal.TEN), Optional.of(org.peelkit.model.Significance.ABOVE)),
                doc.assessment().orElseThrow().metrics().get(0));
    }

    @Test
    void aMonitoringPeriodIsReadWholeAndItsReasonsOneByOne() {
        String text = "{\"peel\": \"1\", \"assessments\": [], \"monitoring\": [{\"force\": \"kent\", \"stage\": \"engage\","
                + " \"from\": \"2019-02\", \"to\": \"2020\", \"reasons\": [\"a\", 3, \"b\"], \"x\": 1}, {\"stage\": \"scan\", \"from\": \"2019\"}]}";
        PeelDocument doc = json.readDocument(utf8(text), "d.json");
        assertEquals(List.of(
                malformed("/monitoring/0/reasons/1", at(text, "3,"), "Expected a string, found the number 3"),
                unknown("/monitoring/0/x", at(text, "1}"), "Unknown field 'x' in a monitoring period: PEEL JSON format 1 does not define it"),
                malformed("/monitoring/1", at(text, "{\"stage\""), missing("force", "a monitoring period"))), doc.problems());
        assertEquals(List.of(new org.peelkit.model.MonitoringPeriod("kent", org.peelkit.model.MonitoringStage.ENGAGE,
                org.peelkit.model.PartialDate.ofMonth(2019, 2), Optional.of(org.peelkit.model.PartialDate.ofYear(2020)),
                List.of("a", "b"))), doc.dataset().monitoring());
        assertTrue(doc.isIncomplete(doc.dataset().monitoring().get(0)), "a reason was left out");
    }

    @Test
    void namesWithSlashOrTildeAreEscapedInPointers() {
        String text = "{" + ASSESSMENT + ", \"a/b~c\": 1, \"~\": 2, \"/\": 3}";
        assertEquals(List.of("/a~1b~0c", "/~0", "/~1"),
                json.readAssessment(utf8(text), "a.json").problems().stream().map(ReadProblem::path).toList());
    }

    @Test
    void aDuplicateFieldIsPassedOverWholeAndObjectsAfterALeftOutElementKeepTheirPointers() {
        String text = "{" + ASSESSMENT + ", \"judgments\": [{\"question\": \"x\"}], \"metrics\": [7, {\"name\": \"m\", \"value\": 1,"
                + " \"unit\": \"count\"}], \"findings\": [{\"type\": \"cause-of-concern\", \"text\": \"t\", \"recommendations\": [null,"
                + " {\"text\": \"r\", \"status\": \"open\"}]}]}";
        PeelDocument doc = json.readAssessment(utf8(text), "a.json");
        assertEquals(List.of(malformed("/judgments", at(text, "[{\"question\": \"x\"}]"), "Duplicate field 'judgments': a field may"
                        + " appear only once in an object"),
                malformed("/metrics/0", at(text, "7,"), "Expected a metric (an object), found the number 7"),
                malformed("/findings/0/recommendations/0", at(text, "null,"), "Element is null: null is never a value in PEEL JSON")),
                doc.problems());
        Assessment a = doc.assessment().orElseThrow();
        assertEquals(List.of(), a.judgments(), "the first value is kept");
        assertEquals(Optional.of("/metrics/1"), doc.pointerOf(a.metrics().get(0)));
        CauseOfConcern concern = (CauseOfConcern) a.findings().get(0);
        assertEquals(Optional.of("/findings/0/recommendations/1"), doc.pointerOf(concern.recommendations().get(0)));
        assertEquals(Optional.of(at(text, "{\"text\": \"r\"")), doc.locationOf(concern.recommendations().get(0)));
    }
}

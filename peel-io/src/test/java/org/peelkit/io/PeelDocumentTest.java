package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Dataset;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.MonitoringPeriod;

/** Where every node of a document stands: its pointer, its location, and the places around it. */
class PeelDocumentTest {

    private static final String DATASET = """
            {"peel": "1",
             "assessments": [
              {"force": "kent", "cycle": "2016", "judgments": []},
              {"force": "essex", "cycle": "2016", "judgments": [{"question": "effectiveness", "grade": "good"}],
               "findings": [{"type": "cause-of-concern", "text": "t",
                             "recommendations": [{"text": "r", "status": "open"}]}],
               "metrics": [{"name": "m", "value": 1, "unit": "count"}]}],
             "monitoring": [{"force": "kent", "stage": "scan", "from": "2019", "reasons": ["a", "b"]}]}""";

    private static PeelDocument read(String text) {
        return PeelJson.standard().readDocument(text.getBytes(StandardCharsets.UTF_8), "d.json");
    }

    @Test
    void everyModelObjectOfADatasetHasItsPointerAndLocation() {
        PeelDocument doc = read(DATASET);
        assertTrue(doc.isClean(), doc.problems()::toString);
        Assessment essex = doc.dataset().assessments().get(1);
        CauseOfConcern concern = (CauseOfConcern) essex.findings().get(0);
        MonitoringPeriod period = doc.dataset().monitoring().get(0);
        assertEquals(Optional.of("/assessments/1"), doc.pointerOf(essex));
        assertEquals(Optional.of(Location.of(4, 3)), doc.locationOf(essex));
        assertEquals(Optional.of("/assessments/1/judgments/0"), doc.pointerOf(essex.judgments().get(0)));
        assertEquals(Optional.of("/assessments/1/findings/0/recommendations/0"), doc.pointerOf(concern.recommendations().get(0)));
        assertEquals(Optional.of(Location.of(6, 38)), doc.locationOf(concern.recommendations().get(0)));
        assertEquals(Optional.of("/assessments/1/metrics/0"), doc.pointerOf(essex.metrics().get(0)));
        assertEquals(Optional.of(Location.of(7, 16)), doc.locationOf(essex.metrics().get(0)));
        assertEquals(Optional.of("/monitoring/0"), doc.pointerOf(period));
        assertEquals(Optional.of(Location.of(8, 17)), doc.locationOf(period));
        assertEquals(Optional.of(Location.of(8, 85)), doc.monitoringAt(0).field("reasons").item(1).location());
        assertEquals(Optional.empty(), doc.pointerOf(Judgment.of("effectiveness", Grade.GOOD)), "an equal object not of this document");
        assertEquals(Optional.empty(), doc.assessment(), "a dataset is not one assessment");
        assertEquals("d.json (DATASET, 2 assessments, 0 problems)", doc.toString());
    }

    @Test
    void placesKnowTheirFieldTheirListAndTheirParent() {
        PeelDocument doc = read(DATASET);
        Assessment essex = doc.dataset().assessments().get(1);
        Place assessment = doc.assessmentAt(1);
        Place judgment = assessment.element("judgments", 0, essex.judgments().get(0));
        Place grade = judgment.field("grade");
        assertEquals("/assessments/1/judgments/0/grade", grade.pointer());
        assertEquals("/assessments/1/judgments/0/grade", grade.toString());
        assertEquals(Optional.of(Location.of(4, 92)), grade.location());
        assertEquals(Optional.of("grade"), grade.field());
        assertEquals(Optional.empty(), judgment.field(), "a model object is not a field");
        assertEquals(essex.judgments().get(0), grade.node(), "a field's node is its object");
        assertEquals(Optional.of("/assessments/1/judgments"), judgment.list().map(Place::pointer));
        assertEquals(Optional.of("/assessments/1/judgments"), grade.list().map(Place::pointer), "a field's list is its object's");
        assertEquals(Optional.of("/assessments"), assessment.list().map(Place::pointer));
        assertEquals(Optional.empty(), doc.root().list(), "the top of the document is in no list");
        assertEquals(Optional.of(judgment), grade.parent());
        assertEquals(Optional.empty(), doc.root().parent());
        Place reason = doc.monitoringAt(0).field("reasons").item(1);
        assertEquals("/monitoring/0/reasons/1", reason.pointer());
        assertEquals(Optional.of("reasons/1"), reason.field());
        assertTrue(grade.isSameValue(assessment.element("judgments", 0, essex.judgments().get(0)).field("grade")));
        assertFalse(grade.isSameValue(judgment.field("status")), "another field of the same object");
        assertFalse(grade.isSameValue(doc.assessmentAt(0).field("grade")), "the same field of another object");
        assertEquals(Optional.of(Location.of(4, 53)), judgment.field("summary").location(),
                "a field the input leaves out is located at its object");
        assertEquals(Optional.of(Location.of(1, 1)), doc.root().location());
        assertEquals("", doc.root().pointer());
        assertEquals("/a~1b~0c", doc.root().field("a/b~c").pointer());
    }

    @Test
    void anAssessmentDocumentAndOneRecordStandAtTheTop() {
        PeelDocument doc = read("{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": [{\"question\": \"effectiveness\"}]}");
        Assessment kent = doc.assessment().orElseThrow();
        assertEquals(kent, doc.root().node());
        assertEquals("", doc.assessmentAt(0).pointer());
        assertEquals(Optional.of("/judgments/0"), doc.pointerOf(kent.judgments().get(0)));
        PeelDocument record = JsonLines.standard().read(("\n{\"force\": \"kent\", \"cycle\": \"2016\", \"judgments\": []}")
                .getBytes(StandardCharsets.UTF_8), "r.jsonl").findFirst().orElseThrow();
        assertEquals(Optional.of(""), record.pointerOf(record.assessment().orElseThrow()));
        assertEquals(Optional.of(Location.of(2, 1)), record.root().location());
        PeelDocument nothing = read("{\"judgments\": []}");
        assertEquals(nothing.dataset(), nothing.root().node(), "with no assessment read, the top is the empty dataset");
        assertFalse(nothing.isClean());
        assertEquals("d.json (ASSESSMENT, 0 assessments, 2 problems)", nothing.toString());
    }

    @Test
    void dataBuiltInCodeHasPointersButNoLocations() {
        Assessment a = Assessment.builder("kent", "2016").judgment(Judgment.of("effectiveness", Grade.GOOD)).build();
        PeelDocument one = PeelDocument.of(a);
        assertEquals("assessment", one.source());
        assertEquals(PeelDocument.Shape.ASSESSMENT, one.shape());
        assertTrue(one.isClean());
        assertEquals(Optional.of("/judgments/0"), one.pointerOf(a.judgments().get(0)));
        assertEquals(Optional.empty(), one.locationOf(a.judgments().get(0)));
        assertEquals(Optional.empty(), one.location(""));
        PeelDocument many = PeelDocument.of(Dataset.of(List.of(a, a)));
        assertEquals("dataset", many.source());
        assertEquals(PeelDocument.Shape.DATASET, many.shape());
        assertEquals(Optional.of("/assessments/0"), many.pointerOf(a), "the first place of an object listed twice");
        assertEquals("/assessments/1", many.assessmentAt(1).pointer());
        assertEquals(Optional.empty(), many.assessment());
        assertFalse(many.isIncomplete(a));
    }
}

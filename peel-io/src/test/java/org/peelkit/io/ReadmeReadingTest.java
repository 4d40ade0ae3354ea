package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelkit.model.Judgment;
import org.peelkit.testkit.SharedFiles;

/** The README's reading snippet says what it gives: pinned here. */
class ReadmeReadingTest {

    @Test
    void theReadmesPointerAndLocationOfAJudgment() {
        PeelDocument doc = PeelJson.standard().readDocument(SharedFiles.fixturesDir().resolve("metropolitan-dataset.json"));
        Judgment j = doc.dataset().assessments().get(0).judgments().get(3);
        assertEquals(Optional.of("/assessments/0/judgments/3"), doc.pointerOf(j));
        assertEquals("Optional[12:9]", doc.locationOf(j).toString());
        assertEquals(PeelDocument.Shape.DATASET, doc.shape());
    }
}

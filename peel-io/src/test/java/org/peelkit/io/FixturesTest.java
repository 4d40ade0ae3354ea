package org.peelkit.io;

import org.peelkit.testkit.SharedFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Dataset;

/** Every shared fixture reads without a problem and round-trips to its canonical form. */
class FixturesTest {

    private final PeelJson json = PeelJson.standard();

    static List<Path> fixtures() {
        return SharedFiles.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsWithoutAProblem(Path fixture) {
        PeelDocument r = Reads.document(json, fixture);
        assertEquals(List.of(), r.problems(), fixture.toString());
        assertTrue(r.isClean(), fixture.toString());
        assertTrue(r.dataset().assessments().size() >= 1, fixture.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writeOfReadEqualsTheCanonicalForm(Path fixture) {
        String original = SharedFiles.text(fixture);
        String written = rewrite(original, fixture.toString());
        assertEquals(JsonTrees.tree(original), JsonTrees.tree(written), fixture + ": same content");
        assertEquals(JsonTrees.fieldOrder(JsonTrees.tree(original)), JsonTrees.fieldOrder(JsonTrees.tree(written)),
                fixture + ": the fixtures are written in the spec's field order, so the canonical form keeps it");
        assertEquals(written, rewrite(written, fixture.toString()), fixture + ": writing is idempotent");
    }

    private String rewrite(String text, String source) {
        boolean dataset = JsonTrees.tree(text).has("assessments");
        return dataset ? PeelJsonWriter.standard().write(Reads.dataset(json, text, source).dataset())
                : PeelJsonWriter.standard().write(Reads.assessment(json, text, source).assessment().orElseThrow());
    }
}

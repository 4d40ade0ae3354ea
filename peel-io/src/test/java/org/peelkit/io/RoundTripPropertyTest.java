package org.peelkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import org.peelkit.testkit.Seeds;

/** Object to JSON to object, and JSON to object to JSON, over thousands of generated documents. */
class RoundTripPropertyTest {

    private static final PeelJson JSON = PeelJson.standard();
    private static final PeelGenerator GENERATOR = PeelGenerator.builtIn();

    static List<Seed> seeds() {
        return Seeds.sample(2_000);
    }

    static List<Seed> datasetSeeds() {
        return Seeds.sample(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void assessmentsRoundTripBothWays(Seed seed) {
        Assessment a = GENERATOR.assessment(seed);
        String written = PeelJsonWriter.standard().write(a);
        PeelDocument read = Reads.assessment(JSON, written, seed.toString());
        assertEquals(List.of(), read.problems(), seed::toString);
        assertEquals(a, read.assessment().orElseThrow(), () -> seed + ": object -> JSON -> object\n" + written);
        assertEquals(written, PeelJsonWriter.standard().write(read.assessment().get()), () -> seed + ": JSON -> object -> JSON");

        String line = JsonLines.standard().writeLine(a);
        assertEquals(a, Reads.assessment(JSON, line, seed.toString()).assessment().orElseThrow(), () -> seed + ": JSON Lines\n" + line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetSeeds")
    void datasetsRoundTripBothWays(Seed seed) {
        Dataset d = GENERATOR.dataset(seed, 40);
        String written = PeelJsonWriter.standard().write(d);
        PeelDocument read = Reads.dataset(JSON, written, seed.toString());
        assertEquals(List.of(), read.problems(), seed::toString);
        assertEquals(d, read.dataset(), seed::toString);
        assertEquals(written, PeelJsonWriter.standard().write(read.dataset()), seed::toString);
        assertEquals(d, Reads.document(JSON, written, seed.toString()).dataset(), seed + ": readDocument");
    }
}

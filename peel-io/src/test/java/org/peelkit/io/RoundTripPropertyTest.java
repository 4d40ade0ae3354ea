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
        String written = JSON.write(a);
        ReadResult<Assessment> read = JSON.readAssessment(written, seed.toString());
        assertEquals(List.of(), read.problems(), seed::toString);
        assertEquals(a, read.value().orElseThrow(), () -> seed + ": object -> JSON -> object\n" + written);
        assertEquals(written, JSON.write(read.value().get()), () -> seed + ": JSON -> object -> JSON");

        String line = JSON.writeLine(a);
        assertEquals(a, JSON.readAssessment(line, seed.toString()).value().orElseThrow(), () -> seed + ": JSON Lines\n" + line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetSeeds")
    void datasetsRoundTripBothWays(Seed seed) {
        Dataset d = GENERATOR.dataset(seed, 40);
        String written = JSON.write(d);
        ReadResult<Dataset> read = JSON.readDataset(written, seed.toString());
        assertEquals(List.of(), read.problems(), seed::toString);
        assertEquals(d, read.value().orElseThrow(), seed::toString);
        assertEquals(written, JSON.write(read.value().get()), seed::toString);
        assertEquals(d, JSON.readDocument(written, seed.toString()).value().orElseThrow(), seed + ": readDocument");
    }
}

package org.peelkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peelkit.io.JsonLines;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Dataset;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/**
 * The benchmarks' data, generated with the testkit and seeded, never committed: a valid dataset of
 * {@code n} assessments across all cycles. One assessment per force and cycle needs more forces
 * than England and Wales have, so the catalogue adds numbered forces to the built-in one.
 *
 * <pre>{@code
 * BenchmarkData data = BenchmarkData.of(10_000);   // about 10 MB of PEEL JSON
 * }</pre>
 *
 * @param catalogue the catalogue the data uses
 * @param dataset   the dataset
 * @param json      the dataset as a PEEL JSON document without indentation, UTF-8
 */
public record BenchmarkData(Catalogue catalogue, Dataset dataset, byte[] json) {

    /** The seed of all benchmark data. */
    public static final long SEED = 2014L;

    /**
     * @param assessments how many assessments
     * @return the data
     */
    public static BenchmarkData of(int assessments) {
        Catalogue builtIn = Catalogue.builtIn();
        int cycles = builtIn.cycles().size();
        int forces = (assessments + cycles - 1) / cycles;
        List<Force> all = new ArrayList<>(builtIn.forces());
        for (int i = builtIn.peelForces().size(); i < forces; i++) {
            all.add(new Force(String.format("force-%05d", i), List.of(ForceName.of("Force " + i)), Optional.empty(), true));
        }
        Catalogue catalogue = Catalogue.of(builtIn.cycles(), all);
        Dataset dataset = PeelGenerator.of(catalogue).dataset(new Seed(SEED), assessments);
        return new BenchmarkData(catalogue, dataset, compact(dataset).getBytes(StandardCharsets.UTF_8));
    }

    /** The dataset document without indentation, as a pipeline would exchange it. */
    static String compact(Dataset dataset) {
        StringBuilder json = new StringBuilder("{\"peel\":\"1\",\"assessments\":[");
        for (int i = 0; i < dataset.assessments().size(); i++) {
            json.append(i == 0 ? "" : ",").append(JsonLines.standard().writeLine(dataset.assessments().get(i)));
        }
        return json.append("]}").toString();
    }
}

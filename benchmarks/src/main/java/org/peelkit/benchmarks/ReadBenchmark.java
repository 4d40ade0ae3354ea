package org.peelkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 1. Reading PEEL JSON into the model, against Jackson reading the same bytes into a tree (the
 * floor). Target: at least half the floor's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReadBenchmark {

    @Param("10000")
    public int assessments;

    private byte[] json;
    private final PeelJson peel = PeelJson.standard();
    private final JsonMapper jackson = JsonMapper.builder().build();

    @Setup
    public void setUp() {
        json = BenchmarkData.of(assessments).json();
    }

    /** The floor: Jackson's own tree. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return jackson.readTree(json);
    }

    /** peel: the model, every problem located. */
    @Benchmark
    public PeelDocument peelReadDataset() {
        return peel.readDataset(json, "bench.json");
    }
}

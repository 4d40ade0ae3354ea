package org.peelkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.model.Assessment;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.PeelValidator;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 6. A service validating requests: one small assessment document (a few kilobytes of PEEL JSON,
 * indented as the writer writes it) validated from bytes in a warm JVM by the one shared
 * {@link PeelValidator#standard()}. Run with {@code -prof gc} for the allocation per document; Jackson
 * reading the same bytes into a tree is measured beside it for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class OneDocumentBenchmark {

    private byte[] json;
    private final PeelJson peel = PeelJson.standard();
    private final PeelValidator validator = PeelValidator.standard();
    private final JsonMapper jackson = JsonMapper.builder().build();

    @Setup
    public void setUp() {
        Assessment assessment = PeelGenerator.builtIn().assessment(new Seed(BenchmarkData.SEED));
        json = PeelJsonWriter.standard().write(assessment).getBytes(StandardCharsets.UTF_8);
        ValidationReport check = validateOneDocument();
        if (!check.findings().isEmpty()) {
            throw new IllegalStateException("benchmark document should be valid: " + check.findings());
        }
    }

    /** peel: read, locate and check every rule, as a service would for each request. */
    @Benchmark
    public ValidationReport validateOneDocument() {
        return validator.validate(peel.readDocument(json, "request.json"));
    }

    /** For scale: Jackson reading the same bytes into a tree. */
    @Benchmark
    public JsonNode jacksonReadTreeOneDocument() {
        return jackson.readTree(json);
    }
}

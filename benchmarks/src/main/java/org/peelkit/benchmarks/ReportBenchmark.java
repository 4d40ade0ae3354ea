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
import org.peelkit.model.Catalogue;
import org.peelkit.model.Dataset;
import org.peelkit.report.PeelReport;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/**
 * 4. {@code peel report}: drawing a dataset of every PEEL force in every cycle of the built-in
 * catalogue (43 forces × 8 cycles = 344 assessments, generated with the testkit) as one HTML page,
 * after start-up (target: under a second).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReportBenchmark {

    /** 344: every pair of the 43 PEEL forces and the 8 cycles. */
    @Param("344")
    public int assessments;

    private Dataset dataset;

    @Setup
    public void setUp() {
        Catalogue catalogue = Catalogue.builtIn();
        dataset = PeelGenerator.of(catalogue).dataset(new Seed(BenchmarkData.SEED), assessments);
    }

    /** The whole page, as a string. */
    @Benchmark
    public String renderPage() {
        return PeelReport.standard().render(dataset);
    }
}

package org.peelkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Not a timed test: it checks only that every benchmark compiles and runs one short iteration on
 * small data. The figures come from {@code benchmarks/run.sh}.
 */
class BenchmarksRunTest {

    @Test
    void everyBenchmarkRunsOneShortIteration() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("org\\.peelkit\\.benchmarks\\..*Benchmark")
                .param("assessments", "200")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .build()).run();
        assertEquals(9, results.size(), "every benchmark ran");
        results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
    }
}

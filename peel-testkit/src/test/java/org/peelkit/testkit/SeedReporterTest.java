package org.peelkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/** Runs a failing property through the JUnit Platform, as Maven does, and reads its failures. */
class SeedReporterTest {

    /** A property that fails for odd seeds; run only by the launcher below, never by Surefire (nested, not static). */
    @ExtendWith(SeedReporter.class)
    static class AFailingProperty {
        static List<Seed> seeds() {
            return List.of(new Seed(2), new Seed(7), new Seed(-9));
        }

        @ParameterizedTest
        @MethodSource("seeds")
        void evenSeedsOnly(Seed seed) {
            if (seed.value() % 2 != 0) {
                assertEquals(0L, seed.value() % 2, "remainder");
            }
        }

        @ParameterizedTest
        @MethodSource("seeds")
        void noExceptions(Seed seed) {
            if (seed.value() == 7) {
                throw new IllegalStateException("boom");
            }
        }

        @Test
        void noSeedHere() {
            throw new AssertionError("plain");
        }
    }

    private static List<Throwable> failuresOf(Class<?> tests) {
        List<Throwable> failures = new ArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                            failures.add(result.getThrowable().orElseThrow());
                        }
                    }
                });
        return failures;
    }

    @Test
    void aFailingPropertySaysItsSeedAndReplayFlagInTheMessage() {
        List<String> messages = failuresOf(AFailingProperty.class).stream().map(Throwable::getMessage).sorted().toList();
        assertEquals(List.of(
                "plain",
                "seed -9 (replay: -Dpeel.seed=-9): remainder ==> expected: <0> but was: <-1>",
                "seed 7 (replay: -Dpeel.seed=7): java.lang.IllegalStateException: boom",
                "seed 7 (replay: -Dpeel.seed=7): remainder ==> expected: <0> but was: <1>"), messages);
    }

    @Test
    void theSeededFailureKeepsExpectedActualCauseAndStackTrace() {
        AssertionFailedError original = new AssertionFailedError("remainder", 0L, 1L);
        AssertionError seeded = SeedReporter.withSeed(new Seed(7), original);
        AssertionFailedError f = assertInstanceOf(AssertionFailedError.class, seeded);
        assertEquals(0L, f.getExpected().getValue());
        assertEquals(1L, f.getActual().getValue());
        assertTrue(seeded.getCause() == original, "the original is the cause");
        assertEquals(original.getStackTrace()[0], seeded.getStackTrace()[0]);
    }
}

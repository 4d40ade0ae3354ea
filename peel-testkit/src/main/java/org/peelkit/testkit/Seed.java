package org.peelkit.testkit;

import java.util.SplittableRandom;

/**
 * One seed of a property test. Its {@code toString} says how to replay it, so a failing
 * {@code @ParameterizedTest} case names the seed in its display name.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("seeds")
 * void holds(Seed seed) { ... generator.assessment(seed) ... }
 *
 * static List<Seed> seeds() { return Seeds.sample(2_000); }
 * // a failure prints: [17] seed 8071345161237717812 (replay: -Dpeel.seed=8071345161237717812)
 * }</pre>
 *
 * @param value the seed
 */
public record Seed(long value) {

    /** @return a fresh random source seeded with this seed; the same seed always gives the same values */
    public SplittableRandom random() {
        return new SplittableRandom(value);
    }

    @Override
    public String toString() {
        return "seed " + value + " (replay: -Dpeel.seed=" + value + ")";
    }
}

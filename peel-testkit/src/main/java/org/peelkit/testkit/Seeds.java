package org.peelkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeds for property tests, deterministic by default so CI is repeatable, and steerable from the
 * command line:
 * <ul>
 *   <li>{@code -Dpeel.seed=N} replays one seed: every {@code sample} returns just {@code N};</li>
 *   <li>{@code -Dpeel.seeds=K} runs {@code K} seeds wherever a test asks for a sample (more on demand);</li>
 *   <li>{@code -Dpeel.seed.base=B} draws a different deterministic sample.</li>
 * </ul>
 *
 * <pre>{@code
 * static List<Seed> seeds() { return Seeds.sample(1_000); }
 * // mvn verify -Dpeel.seeds=100000        : a longer run
 * // mvn verify -Dpeel.seed=-4962768465676381896 : replay one failure
 * }</pre>
 */
public final class Seeds {

    /** The default base of the deterministic sample. */
    public static final long DEFAULT_BASE = 0x5EED_2014_2025L;

    private Seeds() {
    }

    /**
     * @param count how many seeds a test wants by default
     * @return the seeds: one when {@code peel.seed} is set, {@code peel.seeds} when that is set,
     *     else {@code count}, drawn deterministically from {@code peel.seed.base}
     */
    public static List<Seed> sample(int count) {
        String replay = System.getProperty("peel.seed");
        if (replay != null && !replay.isBlank()) {
            return List.of(new Seed(Long.parseLong(replay.strip())));
        }
        int n = Integer.getInteger("peel.seeds", count);
        long base = Long.getLong("peel.seed.base", DEFAULT_BASE);
        SplittableRandom random = new SplittableRandom(base);
        List<Seed> seeds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            seeds.add(new Seed(random.nextLong()));
        }
        return List.copyOf(seeds);
    }
}

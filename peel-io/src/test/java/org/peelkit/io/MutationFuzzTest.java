package org.peelkit.io;

import org.peelkit.testkit.SharedFiles;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.peelkit.testkit.Seeds;

/**
 * Seeded mutations of the shared fixtures (byte flips, truncations, insertions of JSON fragments):
 * reading returns a result or throws {@link PeelReadException}, never anything else, and never hangs.
 * {@code -Dpeel.fuzz.cases=N} runs more (default 10,000); a failure prints the case's seed. The full
 * run is tagged {@code long} and sits out the mutation run, where its first 100 cases (the same seeds)
 * stay in.
 */
class MutationFuzzTest {

    private static final List<byte[]> FRAGMENTS = Stream.of("{", "}", "[", "]", ",", ":", "\"", "null", "true",
            "1e999999", "-0", "\\u0000", "\uFEFF", "\"grade\": \"adequate\"", "\"x\": 1", "\n", "\"peel\": \"2\"",
            "[[[[[[[[[[", "\"2023-02-30\"", "\u00e9")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

    @Test
    @Tag("long")
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void onlyTheDocumentedExceptionEscapes() {
        fuzz(Integer.getInteger("peel.fuzz.cases", 10_000));
    }

    @Test
    void onlyTheDocumentedExceptionEscapesFromAShortSeededSlice() {
        fuzz(100);
    }

    private static void fuzz(int cases) {
        List<byte[]> fixtures = SharedFiles.fixtures().stream().map(p -> SharedFiles.text(p).getBytes(StandardCharsets.UTF_8)).toList();
        long base = Long.getLong("peel.seed.base", Seeds.DEFAULT_BASE);
        SplittableRandom seeds = new SplittableRandom(base);
        PeelJson json = PeelJson.standard();
        int readable = 0;
        for (int i = 0; i < cases; i++) {
            long seed = seeds.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            byte[] input = mutate(r, fixtures.get(r.nextInt(fixtures.size())));
            try {
                PeelDocument result = Reads.document(json, new ByteArrayInputStream(input), "fuzz.json");
                readable++;
                result.problems().forEach(p -> assertTrue(p.location().line() >= 1 && p.location().column() >= 1, () -> "unlocated " + p));
            } catch (PeelReadException expected) {
                assertTrue(expected.getMessage().startsWith("fuzz.json"), expected::getMessage);
            } catch (Throwable unexpected) {
                fail("case " + i + ", seed " + seed + ": " + unexpected + "\ninput (hex): "
                        + HexFormat.of().formatHex(input), unexpected);
            }
            try (Stream<PeelDocument> lines = JsonLines.standard().read(new ByteArrayInputStream(input), "fuzz.jsonl")) {
                lines.forEach(line -> line.problems().forEach(p -> assertTrue(p.location().line() >= 1)));
            } catch (PeelReadException expected) {  // input that is not UTF-8 stops JSON Lines, located at its line
                assertTrue(expected.getMessage().startsWith("fuzz.jsonl:") && expected.location().isPresent(), expected::getMessage);
            } catch (Throwable unexpected) {
                fail("JSON Lines, case " + i + ", seed " + seed + ": " + unexpected, unexpected);
            }
        }
        assertTrue(readable > cases / 20, "some mutations stay readable JSON: " + readable + " of " + cases);
    }

    static byte[] mutate(SplittableRandom r, byte[] original) {
        byte[] bytes = original;
        int mutations = 1 + r.nextInt(3);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = r.nextInt(bytes.length);
            switch (r.nextInt(4)) {
                case 0 -> {
                    bytes = bytes.clone();
                    bytes[at] = (byte) r.nextInt(256);
                }
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> {
                    byte[] fragment = FRAGMENTS.get(r.nextInt(FRAGMENTS.size()));
                    byte[] out = new byte[bytes.length + fragment.length];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(fragment, 0, out, at, fragment.length);
                    System.arraycopy(bytes, at, out, at + fragment.length, bytes.length - at);
                    bytes = out;
                }
                default -> {
                    int end = Math.min(bytes.length, at + 1 + r.nextInt(40));
                    byte[] out = new byte[bytes.length - (end - at)];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(bytes, end, out, at, bytes.length - end);
                    bytes = out;
                }
            }
        }
        return bytes;
    }
}

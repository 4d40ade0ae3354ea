package org.peelkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README cannot drift from the code: every {@code ```java} block in it is named by a
 * {@code <!-- snippet: NAME -->} line just above it, and stands, line for line, between
 * {@code // README snippet: NAME} and {@code // end of README snippet} in a source file that is
 * compiled and run by the build: {@link ReadmeJavaSnippetsTest} for all of them but the module
 * declaration, which stands in {@code module-path-test/src/app/java/module-info.java} (compiled and
 * run on the module path by {@code ModulePathIT}). The test holding a region asserts, after it, the
 * values the snippet's comments document. A block's leading {@code import} lines are not part of
 * the region: the file holding it must have them.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of(System.getProperty("peel.readme", "../README.md"));
    private static final Path ROOT = Path.of(System.getProperty("peel.root", ".."));
    /** Where regions may stand: sources the build compiles and runs, never main code. */
    private static final List<Path> SOURCES = List.of(
            Path.of("src/test/java/org/peelkit/examples/readme"),
            ROOT.resolve("module-path-test/src/app/java"));
    private static final Pattern NAME = Pattern.compile("^<!-- snippet: ([a-z0-9-]+) -->$");
    private static final Pattern START = Pattern.compile("^\\s*// README snippet: ([a-z0-9-]+)$");
    private static final Pattern END = Pattern.compile("^\\s*// end of README snippet$");

    /** A java block of the README: its name, its line, its leading imports and the rest. */
    record Block(String name, int line, List<String> imports, String text) {
    }

    /** A test's copy of a snippet: the file it stands in, that file's imports, the lines. */
    record Region(Path file, List<String> imports, String text) {
    }

    static List<Block> blocks() {
        List<String> lines = read(README);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```java")) {
                continue;
            }
            Matcher named = i > 0 ? NAME.matcher(lines.get(i - 1)) : NAME.matcher("");
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            int code = start;
            while (code < end && lines.get(code).startsWith("import ")) {
                code++;
            }
            blocks.add(new Block(named.matches() ? named.group(1) : null, i + 1,
                    List.copyOf(lines.subList(start, code)), normalise(lines.subList(code, end))));
            i = end;
        }
        return blocks;
    }

    static Map<String, Region> regions() {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (Path dir : SOURCES) {
            regionsIn(dir, regions);
        }
        return regions;
    }

    private static void regionsIn(Path dir, Map<String, Region> regions) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = read(file);
                List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher start = START.matcher(lines.get(i));
                    if (!start.matches()) {
                        continue;
                    }
                    int end = i + 1;
                    while (end < lines.size() && !END.matcher(lines.get(end)).matches()) {
                        end++;
                    }
                    Region previous = regions.put(start.group(1), new Region(file, imports, normalise(lines.subList(i + 1, end))));
                    assertEquals(null, previous, "Two regions are named README snippet: " + start.group(1));
                    i = end;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir.toAbsolutePath(), e);
        }
    }

    @Test
    void everyJavaBlockOfTheReadmeIsNamed() {
        List<String> unnamed = blocks().stream().filter(b -> b.name() == null)
                .map(b -> "README.md:" + b.line()).toList();
        assertEquals(List.of(), unnamed, "These ```java blocks have no <!-- snippet: NAME --> line above them");
    }

    @Test
    void theReadmeHasJavaBlocksAndTheTestsHaveRegions() {
        assertTrue(blocks().size() >= 12, "the README's ```java blocks were found: " + blocks().size());
        assertTrue(regions().size() >= 12, "the tests' regions were found: " + regions().keySet());
    }

    @Test
    void everyTestedSnippetIsInTheReadme() {
        List<String> named = blocks().stream().map(Block::name).toList();
        List<String> stale = regions().keySet().stream().filter(n -> !named.contains(n)).toList();
        assertEquals(List.of(), stale, "Tests hold README snippets that the README no longer shows");
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmeIsCompiledAndRunByATest() {
        Map<String, Region> regions = regions();
        return blocks().stream().filter(b -> b.name() != null).map(b -> DynamicTest.dynamicTest(b.name(), () -> {
            Region tested = regions.get(b.name());
            assertTrue(tested != null, "README.md:" + b.line() + ": snippet '" + b.name()
                    + "' stands in no source of " + SOURCES + " (between // README snippet: " + b.name()
                    + " and // end of README snippet)");
            assertEquals(tested.text(), b.text(), "README.md:" + b.line() + ": snippet '" + b.name()
                    + "' differs from the code " + tested.file() + " runs");
            List<String> missing = b.imports().stream().filter(i -> !tested.imports().contains(i)).toList();
            assertEquals(List.of(), missing, "README.md:" + b.line() + ": snippet '" + b.name()
                    + "' imports what " + tested.file() + " does not");
        }));
    }

    /** Lines without their common indentation and trailing spaces, and without blank lines at either end. */
    static String normalise(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!kept.isEmpty() && kept.get(0).isEmpty()) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        int indent = kept.stream().filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", kept.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList());
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}

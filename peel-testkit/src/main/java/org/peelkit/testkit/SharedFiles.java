package org.peelkit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's shared sources of truth ({@code ../shared}: fixtures, spec, seeds, reports), found
 * through the {@code peel.shared} system property that Surefire sets, read in place and never
 * copied. The one locator every test module uses.
 *
 * <pre>{@code
 * for (Path fixture : SharedFiles.fixtures()) { ... }      // ../shared/fixtures/*.json, sorted
 * Path reports = SharedFiles.dir().resolve("reports");
 * }</pre>
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** @return the shared directory */
    public static Path dir() {
        return Path.of(System.getProperty("peel.shared", "../../shared"));
    }

    /** @return the fixtures directory */
    public static Path fixturesDir() {
        return dir().resolve("fixtures");
    }

    /**
     * @return every valid PEEL JSON fixture, sorted by name
     * @throws IllegalStateException when there is none, so that a wrong path never passes silently
     */
    public static List<Path> fixtures() {
        try (Stream<Path> files = Files.list(fixturesDir())) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("No fixtures found in " + fixturesDir().toAbsolutePath());
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shared fixtures at " + fixturesDir().toAbsolutePath(), e);
        }
    }

    /**
     * @param file a shared file
     * @return its text, as UTF-8
     */
    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.peelkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The valid PEEL JSON documents in {@code ../shared/fixtures}, read in place. */
final class SharedFixtures {

    static final Path DIR = Path.of(System.getProperty("peel.shared", "../../shared"), "fixtures");

    private SharedFixtures() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("No fixtures found in " + DIR.toAbsolutePath());
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shared fixtures at " + DIR.toAbsolutePath(), e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code peel} launcher as a user runs it: it starts from the class-data-sharing archive the
 * build made, the archive holds picocli (whose Java 5 class files the build raises, since Java 17
 * refuses to archive them), and a clean {@code peel validate} starts neither Jackson's databind nor
 * java.util.logging. Each of these was a measured part of cold start (README, "Performance").
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("peel.jar"));
    private static final Path LAUNCHER = JAR.resolveSibling("peel");

    /** Runs the launcher with class loading logged to a file; returns the log's lines. */
    private static List<String> classesLoaded(Path work, String... args) throws IOException, InterruptedException {
        Path log = work.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        pb.environment().put("PEEL_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher did not finish in two minutes");
        assertEquals(0, p.exitValue(), () -> "peel " + String.join(" ", args) + " failed: " + read(work.resolve("out.txt")) + read(work.resolve("err.txt")));
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String loadOf(List<String> log, String className) {
        return log.stream().filter(l -> l.contains(" " + className + " source:")).findFirst()
                .orElseThrow(() -> new AssertionError(className + " was not loaded at all"));
    }

    @Test
    void validateStartsFromTheArchiveWithPicocliInIt(@TempDir Path work) throws Exception {
        List<String> log = classesLoaded(work, "validate");
        for (String c : List.of("picocli.CommandLine", "picocli.CommandLine$Model$CommandSpec",
                "org.peelkit.examples.PeelCommand", "org.peelkit.rules.PeelValidator", "tools.jackson.core.JsonParser")) {
            assertTrue(loadOf(log, c).contains("source: shared objects file"), "not from the archive: " + loadOf(log, c));
        }
    }

    @Test
    void cleanValidateStartsNeitherDatabindNorLogging(@TempDir Path work) throws Exception {
        List<String> log = classesLoaded(work, "validate");
        for (String unwanted : List.of("tools.jackson.databind.ObjectMapper", "java.util.logging.LogManager",
                "org.hibernate.validator.HibernateValidator")) {
            assertTrue(log.stream().noneMatch(l -> l.contains(" " + unwanted + " source:")), unwanted + " was loaded by a clean peel validate");
        }
    }

    @Test
    void noClassInTheJarIsOlderThanJava6() throws IOException {
        List<String> old = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (e.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(e)) {
                        byte[] head = in.readNBytes(8);
                        int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
                        if (major < 50) {
                            old.add(e.getName() + " (" + major + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), old, "class files class-data sharing cannot archive");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertTrue(jar.getEntry("META-INF/peel/raised-class-files.txt") != null, "the jar does not note which class files the build changed");
        }
    }
}

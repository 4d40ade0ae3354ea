package org.peelkit.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles a small application with {@code javac --module-path} against the packaged peel jars
 * and runs it with {@code java --module-path}, with no {@code --add-modules}: it validates a
 * file, reads and writes CSV, and writes and reads its own record through {@code PeelModule}.
 */
class ModulePathIT {

    private static final Path MODULES = Path.of(System.getProperty("peel.modules"));
    private static final Path APP = Path.of(System.getProperty("peel.app"));
    private static final Path WORK = Path.of(System.getProperty("peel.work"));

    private static String out;
    private static String err;

    @BeforeAll
    static void compileAndRun() throws IOException, InterruptedException {
        Path classes = WORK.resolve("classes");
        Files.createDirectories(classes);
        List<String> javac = new ArrayList<>(List.of("--module-path", MODULES.toString(), "-d", classes.toString(),
                "-Xlint:all", "-Werror"));
        try (Stream<Path> sources = Files.walk(APP)) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> javac.add(p.toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, diagnostics, diagnostics, javac.toArray(String[]::new));
        assertEquals(0, compiled, "javac --module-path failed (a warning fails too):\n" + diagnostics);

        Path json = WORK.resolve("kent-2016.json");
        Files.writeString(json, """
                {"peel": "1", "force": "Kent", "cycle": "2016", "partial": true,
                 "judgments": [{"question": "effectiveness", "grade": "good"}]}
                """);
        Path csv = WORK.resolve("grades.csv");
        Files.writeString(csv, """
                force,cycle,question,grade,status,updated,carriedOverFrom
                kent,2016,effectiveness,good,,,
                kent,2016,efficiency,requires-improvement,,2017-03,
                """);
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stdout = WORK.resolve("stdout.txt");
        Path stderr = WORK.resolve("stderr.txt");
        Process app = new ProcessBuilder(launcher.toString(), "--module-path", MODULES + File.pathSeparator + classes,
                "--module", "org.peelkit.example.modulepath/org.peelkit.example.modulepath.App", json.toString(), csv.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(app.waitFor(2, TimeUnit.MINUTES), "the application did not finish in two minutes");
        out = Files.readString(stdout, StandardCharsets.UTF_8);
        err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, app.exitValue(), "java --module-path failed:\n" + out + "\n" + err);
    }

    @Test
    void theApplicationRunsAsANamedModule() {
        assertTrue(out.contains("module: org.peelkit.example.modulepath\n"), out);
    }

    @Test
    void validatingAFileReportsFindingsWithMessagesAsSentences() {
        assertTrue(out.contains("valid: false\n"), out);
        assertTrue(out.contains("PEEL-019 /force Value 'Kent' at /force is not a valid id: expected lower-kebab-case"), out);
        assertTrue(!out.contains("{org.peelkit"), "message keys were not resolved:\n" + out);
    }

    @Test
    void aCsvGradeTableIsReadAndWritten() {
        assertTrue(out.contains("csv problems: 0\n"), out);
        assertTrue(out.contains("kent,2016,efficiency,requires-improvement,,2017-03,"), out);
    }

    @Test
    void theJacksonModuleIsFoundAndWritesPeelJsonSpelling() throws IOException {
        String written = "{\"cycle\":\"2016\",\"grade\":\"requires-improvement\",\"published\":\"2017-03\"}";
        assertTrue(out.contains("json: " + written + "\n"), out);
        assertTrue(out.contains("round trip: true\n"), out);
    }
}

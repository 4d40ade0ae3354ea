package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command ({@code java -jar examples/target/peel.jar}) in its own JVM, so standard
 * error is the real one: no library log lines (Hibernate Validator's {@code HV000001} start-up
 * line), and errors still reach it.
 */
class PeelJarIT {

    private static final Path JAR = Path.of(System.getProperty("peel.jar"));

    private record Run(int status, String out, String err) {
    }

    private static Run peel(Path work, String... args) throws IOException, InterruptedException {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        String[] command = new String[args.length + 3];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "peel did not finish in two minutes");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void validatingPrintsNoLibraryLogLinesOnStandardError(@TempDir Path work) throws Exception {
        Path file = work.resolve("kent.json");
        // "Kent" is a malformed id: Bean Validation (Hibernate Validator) runs and reports it.
        Files.writeString(file, "{\"peel\": \"1\", \"force\": \"Kent\", \"cycle\": \"2016\", \"partial\": true, \"judgments\": []}");
        Run r = peel(work, "validate", file.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("PEEL-019 /force"), r.out());
        assertEquals("", r.err(), "standard error holds only peel's own errors");
    }

    @Test
    void errorsStillReachStandardError(@TempDir Path work) throws Exception {
        Run r = peel(work, "validate", work.resolve("missing.json").toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("missing.json: Cannot read the file"), r.err());
        assertTrue(!r.err().contains("HV000001"), r.err());
    }
}

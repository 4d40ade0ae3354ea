package org.peelkit.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peelkit.io.JsonLines;
import org.peelkit.testkit.PeelGenerator;
import org.peelkit.testkit.Seed;

/**
 * Writes a seeded JSON Lines file of generated assessments, streaming, for the {@code peel validate}
 * benchmark: {@code java -cp benchmarks/target/benchmarks.jar org.peelkit.benchmarks.GenerateJsonLines FILE COUNT}.
 */
public final class GenerateJsonLines {

    private GenerateJsonLines() {
    }

    /**
     * @param args the file and the number of lines
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            JsonLines.standard().write(PeelGenerator.builtIn().assessments(new Seed(BenchmarkData.SEED), count)::iterator, out);
        }
        System.out.println(file + ": " + count + " lines, " + Files.size(file) + " bytes");
    }
}

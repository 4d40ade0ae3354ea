package org.peelkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peelkit.io.GradeTable;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.io.PeelDocument;
import org.peelkit.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel convert FILE --to json|jsonl|csv}: between PEEL JSON, JSON Lines and CSV grade
 * tables, to standard output. A file with problems is not converted (that would drop what could
 * not be read); what the target format cannot hold is said on standard error.
 *
 * <pre>{@code
 * peel convert data.json --to csv > grades.csv
 * }</pre>
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert between PEEL JSON, JSON Lines and CSV grade tables; writes to standard output.")
final class ConvertCommand implements Callable<Integer> {

    /** Target formats. */
    enum Target { json, jsonl, csv }

    @Parameters(index = "0", paramLabel = "FILE", description = "the input (.json, .jsonl, .ndjson, .csv, or - for stdin)")
    private String file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json, jsonl or csv")
    private Target to;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PeelDocument read = Inputs.read(Optional.of(file));
        PrintWriter err = spec.commandLine().getErr();
        if (!read.problems().isEmpty()) {
            read.problems().forEach(p -> err.println(Inputs.format(read.source(), p)));
            err.println("peel: not converted: " + read.source() + " has problems, and converting would lose what "
                    + "could not be read");
            return PeelCommand.ERRORS;
        }
        Dataset data = read.dataset();
        PrintWriter out = spec.commandLine().getOut();
        switch (to) {
            case json -> out.print(PeelJsonWriter.standard().write(data));
            case jsonl -> {
                if (!data.monitoring().isEmpty()) {
                    err.println("peel: warning: " + data.monitoring().size()
                            + " monitoring periods are not held by JSON Lines and were left out");
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                JsonLines.standard().write(data.assessments(), bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
            }
            case csv -> {
                GradeTable.standard().unrepresentable(data).forEach(s -> err.println("peel: warning: " + s
                        + " and were left out"));
                GradeTable.standard().write(data, out);
            }
        }
        out.flush();
        return PeelCommand.OK;
    }
}

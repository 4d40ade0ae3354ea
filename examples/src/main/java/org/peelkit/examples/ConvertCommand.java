package org.peelkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peelkit.io.GradeTable;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.ReadProblem;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.PeelValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel convert FILE --to json|jsonl|csv [--allow-invalid]}: between PEEL JSON, JSON Lines
 * and CSV grade tables, to standard output. A file that {@code peel validate} rejects is not
 * converted: its findings go to standard error and the exit status is 1, unless
 * {@code --allow-invalid} is given. A file with problems of reading is never converted (that would
 * drop what could not be read). What the target format cannot hold, and CSV cells guarded against
 * spreadsheet formulas, are said on standard error. Converting to the format of the input keeps
 * the document's shape: an assessment document stays an assessment document.
 *
 * <pre>{@code
 * peel convert data.json --to csv > grades.csv
 * }</pre>
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert between PEEL JSON, JSON Lines and CSV grade tables; writes to standard output.",
            "Targets: json, a dataset document (an assessment document stays one); jsonl, one assessment per "
                    + "line, without monitoring; csv, a grade table of one judgment per row, whose assessments "
                    + "read back as partial.",
            "Data that peel validate rejects is not converted (exit 1) unless --allow-invalid is given."})
final class ConvertCommand implements Callable<Integer> {

    /** Target formats. */
    enum Target { json, jsonl, csv }

    @Parameters(index = "0", paramLabel = "FILE", description = "the input (.json, .jsonl, .ndjson, .csv, or - for stdin)")
    private String file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "json (dataset document, or assessment document for one), jsonl (one assessment per line) "
                    + "or csv (grade table)")
    private Target to;

    @Option(names = "--allow-invalid", description = "convert data with validation errors (the findings are still printed)")
    private boolean allowInvalid;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PeelDocument read = Inputs.read(Optional.of(file));
        PrintWriter err = spec.commandLine().getErr();
        List<ReadProblem> lossy = read.problems().stream()
                .filter(p -> !p.rule().equals(ReadProblem.BYTE_ORDER_MARK)).toList();
        if (!lossy.isEmpty()) {
            read.problems().forEach(p -> err.println(Inputs.format(read.source(), p)));
            err.println("peel: not converted: " + read.source() + " has problems, and converting would lose what "
                    + "could not be read");
            return PeelCommand.ERRORS;
        }
        ValidationReport report = PeelValidator.standard().validate(read);
        report.findings().forEach(f -> err.println(FindingLine.of(read.source(), f)));
        if (!report.isValid() && !allowInvalid) {
            err.println("peel: not converted: " + read.source() + " is not valid (" + Counted.of(report.errors().size(), "error")
                    + "); fix it, or give --allow-invalid to convert it as it is");
            return PeelCommand.ERRORS;
        }
        Dataset data = read.dataset();
        PrintWriter out = spec.commandLine().getOut();
        switch (to) {
            case json -> out.print(assessmentDocument(read)
                    ? PeelJsonWriter.standard().write(data.assessments().get(0)) : PeelJsonWriter.standard().write(data));
            case jsonl -> {
                if (!data.monitoring().isEmpty()) {
                    err.println("peel: warning: " + Counted.of(data.monitoring().size(), "monitoring period", "is", "are")
                            + " not held by JSON Lines and left out");
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                JsonLines.standard().write(data.assessments(), bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
            }
            case csv -> {
                GradeTable table = GradeTable.standard();
                table.unrepresentable(data).forEach(s -> err.println("peel: warning: " + s));
                long guarded = table.guardedCells(data);
                if (guarded > 0) {
                    err.println("peel: warning: " + Counted.of(guarded, "cell starts", "cells start")
                            + " with =, +, -, @, a tab or a carriage return; written with a leading apostrophe so that "
                            + "spreadsheets show them as text, not run them as formulas");
                }
                table.write(data, out);
            }
        }
        out.flush();
        return PeelCommand.OK;
    }

    /** Whether the input was one assessment document (not a dataset, JSON Lines or a table). */
    private static boolean assessmentDocument(PeelDocument read) {
        return read.shape() == PeelDocument.Shape.ASSESSMENT;
    }
}

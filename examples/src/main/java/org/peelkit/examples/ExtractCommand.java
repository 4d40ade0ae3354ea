package org.peelkit.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peelkit.io.PeelJson;
import org.peelkit.extract.Extraction;
import org.peelkit.extract.ExtractionNote;
import org.peelkit.extract.ReportExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel extract REPORT.txt}: the judgments of a report's plain text, as a PEEL JSON
 * assessment on standard output; what could not be placed, and conflicts, on standard error with
 * their lines. Exit 1 when a judgment is missing or two sentences conflict.
 *
 * <pre>{@code
 * peel extract metropolitan-2023-25.txt > metropolitan-2023-25.json
 * }</pre>
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the judgments of a PEEL report's plain text as a PEEL JSON assessment.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPORT", description = "the report as plain text (UTF-8)")
    private Path report;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Extraction e = ReportExtractor.standard().extract(report);
        PrintWriter err = spec.commandLine().getErr();
        e.notes().forEach(n -> err.println(n.format(report.toString())));
        e.assessment().ifPresent(a -> spec.commandLine().getOut().print(PeelJson.standard().write(a)));
        boolean incomplete = e.assessment().isEmpty() || e.notes().stream()
                .anyMatch(n -> n.kind() == ExtractionNote.Kind.CONFLICT || n.kind() == ExtractionNote.Kind.MISSING);
        return incomplete ? PeelCommand.ERRORS : PeelCommand.OK;
    }
}

package org.peelkit.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peelkit.io.PeelDocument;
import org.peelkit.model.Assessment;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.report.PeelReport;
import org.peelkit.report.ReportFinding;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.PeelValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel report [FILE ...] [-o report.html]}: the data drawn as one self-contained HTML page
 * (heatmaps, grade distributions, timelines with comparability breaks), with the validation
 * findings at the top. The page is written even when the data has errors; the exit status says so.
 *
 * <pre>{@code
 * peel report -o met.html                                   # the bundled Met dataset
 * peel report ../shared/fixtures/*all-forces.json -o all.html
 * }</pre>
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Draw PEEL data as one self-contained HTML page, with validation findings at the top. "
                + "With no FILE, the bundled dataset; with no -o, standard output.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "PEEL JSON, JSON Lines or CSV; - for standard input")
    private List<String> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the page")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Optional<String>> inputs = new ArrayList<>();
        if (files.isEmpty()) {
            inputs.add(Optional.empty());
        }
        files.forEach(f -> inputs.add(Optional.of(f)));
        List<Assessment> assessments = new ArrayList<>();
        List<MonitoringPeriod> monitoring = new ArrayList<>();
        List<ReportFinding> findings = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        long errors = 0;
        for (Optional<String> input : inputs) {
            PeelDocument read = Inputs.read(input);
            ValidationReport checked = PeelValidator.standard().validate(read);
            findings.addAll(ReportFinding.allOf(checked));
            errors += checked.errors().size();
            sources.add(read.source());
            assessments.addAll(read.dataset().assessments());
            monitoring.addAll(read.dataset().monitoring());
        }
        Dataset data = new Dataset(assessments, monitoring);
        PrintWriter err = spec.commandLine().getErr();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            PeelReport.standard().render(data, sources, findings, out);
            out.flush();
        } else {
            try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                PeelReport.standard().render(data, sources, findings, out);
            } catch (IOException e) {
                err.println("peel: cannot write " + output + ": " + e.getMessage());
                return PeelCommand.UNREADABLE;
            }
            err.println("peel: wrote " + output + " (" + Counted.of(assessments.size(), "assessment") + ", "
                    + Counted.of(findings.size(), "validation finding") + ")");
        }
        if (errors > 0) {
            err.println("peel: the data has " + Counted.of(errors, "error") + ", listed at the top of the page");
            return PeelCommand.ERRORS;
        }
        return PeelCommand.OK;
    }
}

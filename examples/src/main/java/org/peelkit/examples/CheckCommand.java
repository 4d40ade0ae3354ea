package org.peelkit.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.report.Extraction;
import org.peelkit.io.report.Provenance;
import org.peelkit.io.report.ReportExtractor;
import org.peelkit.model.Assessment;
import org.peelkit.model.Counted;
import org.peelkit.model.Judgment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel check DATA --text REPORT.txt}: each judgment where the data and the report's text
 * disagree, with both places. Exit 1 if any does.
 *
 * <pre>{@code
 * peel check metropolitan-2023-25.json --text metropolitan-2023-25.txt
 * }</pre>
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check PEEL data against a report's plain text: report each judgment where they disagree.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "PEEL JSON, JSON Lines or CSV")
    private String data;

    @Option(names = "--text", required = true, paramLabel = "REPORT", description = "the report as plain text")
    private Path report;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extraction extraction = ReportExtractor.standard().extract(report);
        extraction.notes().forEach(n -> err.println(n.format(report.toString())));
        if (extraction.assessment().isEmpty()) {
            err.println("peel: no force and cycle could be recognised in " + report + "; nothing to check");
            return PeelCommand.UNREADABLE;
        }
        Assessment fromReport = extraction.assessment().get();
        PeelDocument read = Inputs.read(Optional.of(data));
        read.problems().forEach(p -> err.println(Inputs.format(read.source(), p)));
        Optional<Assessment> inData = read.dataset().assessment(fromReport.force(), fromReport.cycle());
        if (inData.isEmpty()) {
            out.println(data + ": no assessment of " + fromReport.force() + " in " + fromReport.cycle()
                    + ", which " + report + " gives");
            return PeelCommand.ERRORS;
        }
        List<String> disagreements = new ArrayList<>();
        Assessment a = inData.get();
        for (int i = 0; i < fromReport.judgments().size(); i++) {
            Judgment r = fromReport.judgments().get(i);
            String line = extraction.provenanceOf("/judgments/" + i + (r.grade().isPresent() ? "/grade" : "/status"))
                    .map(Provenance::line).map(String::valueOf).orElse("?");
            Optional<Judgment> d = a.judgment(r.question());
            String where = place(read, a, d.orElse(null));
            if (d.isEmpty()) {
                disagreements.add(where + ": " + r.question() + ": the data has no judgment; the report gives '"
                        + value(r) + "' (" + report + ":" + line + ")");
            } else if (!value(d.get()).equals(value(r))) {
                disagreements.add(where + ": " + r.question() + ": the data says '" + value(d.get()) + "', the report says '"
                        + value(r) + "' (" + report + ":" + line + ")");
            } else if (r.updated().isPresent() && d.get().updated().isPresent() && !r.updated().equals(d.get().updated())) {
                disagreements.add(where + ": " + r.question() + ": the data was last updated " + d.get().updated().get()
                        + ", the report says " + r.updated().get());
            }
        }
        disagreements.forEach(out::println);
        out.println("peel: " + Counted.of(fromReport.judgments().size(), "judgment") + " of the report checked against " + data
                + ": " + disagreements.size() + (disagreements.size() == 1 ? " disagrees" : " disagree"));
        return disagreements.isEmpty() ? PeelCommand.OK : PeelCommand.ERRORS;
    }

    private static String value(Judgment j) {
        return j.grade().map(g -> g.id()).or(() -> j.status().map(s -> s.id())).orElse("nothing");
    }

    /** FILE:LINE:COLUMN of a judgment in the data, or of the assessment when the judgment is absent. */
    private String place(PeelDocument read, Assessment a, Judgment j) {
        return read.source() + read.locationOf(j == null ? a : j).map(l -> ":" + l).orElse("");
    }
}

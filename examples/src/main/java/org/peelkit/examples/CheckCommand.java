package org.peelkit.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peelkit.extract.Disagreement;
import org.peelkit.extract.Extraction;
import org.peelkit.extract.Hints;
import org.peelkit.extract.ReportExtractor;
import org.peelkit.io.PeelDocument;
import org.peelkit.model.Assessment;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.model.Judgment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel check DATA --text PAGE}: each judgment where the data and a page's text disagree,
 * with both places, for every assessment of the data of the page's force and cycle. Exit 1 if any
 * does.
 *
 * <pre>{@code
 * peel check metropolitan-2023-25.json --text metropolitan-2023-25.txt
 * }</pre>
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check PEEL data against a page's plain text: report each judgment where they disagree.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "PEEL JSON, JSON Lines or CSV")
    private String data;

    @Option(names = "--text", required = true, paramLabel = "PAGE", description = "the page as plain text")
    private Path page;

    @Option(names = "--force", paramLabel = "ID", description = "the force, if the page does not name it")
    private String force;

    @Option(names = "--cycle", paramLabel = "ID", description = "the cycle, if the page does not name it")
    private String cycle;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extraction extraction = ReportExtractor.standard().extract(page,
                new Hints(Optional.ofNullable(force), Optional.ofNullable(cycle)));
        extraction.notes().forEach(n -> err.println(EscapedText.of(n.format())));
        if (extraction.assessment().isEmpty()) {
            err.println("peel: no force and cycle could be recognised in " + EscapedText.of(page.toString())
                    + "; nothing to check (give them with --force and --cycle)");
            return PeelCommand.UNREADABLE;
        }
        Assessment fromPage = extraction.assessment().get();
        PeelDocument read = Inputs.read(Optional.of(data));
        read.problems().forEach(p -> err.println(EscapedText.of(Inputs.format(read.source(), p))));
        Dataset dataset = read.dataset();
        long matching = extraction.matchingAssessments(dataset);
        if (matching == 0) {
            out.println(EscapedText.of(data) + ": no assessment of " + fromPage.force() + " in " + fromPage.cycle()
                    + ", which " + EscapedText.of(page.toString()) + " gives");
            return PeelCommand.ERRORS;
        }
        List<Disagreement> found = extraction.compareWith(dataset);
        found.forEach(d -> out.println(EscapedText.of(place(read, d) + ": " + d.message())));
        out.println("peel: " + Counted.of(fromPage.judgments().size(), "judgment") + " of the page checked against " + EscapedText.of(data)
                + (matching > 1 ? " (" + matching + " assessments of " + fromPage.force() + " in " + fromPage.cycle() + ")" : "")
                + ": " + found.size() + (found.size() == 1 ? " disagrees" : " disagree"));
        return found.isEmpty() ? PeelCommand.OK : PeelCommand.ERRORS;
    }

    /** FILE:LINE:COLUMN of a judgment in the data, or of the assessment when the judgment is absent. */
    private static String place(PeelDocument read, Disagreement d) {
        Object node = d.inData().<Object>map(j -> j).orElse(d.data());
        return read.source() + read.locationOf(node).map(l -> ":" + l).orElse("");
    }
}

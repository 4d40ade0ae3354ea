package org.peelkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peelkit.extract.Extraction;
import org.peelkit.extract.Hints;
import org.peelkit.extract.ReportExtractor;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelJsonWriter;
import org.peelkit.model.Assessment;
import org.peelkit.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel extract PAGE...}: the judgments of HMICFRS pages' plain text, merged per force and
 * cycle, as one PEEL JSON dataset (or JSON Lines) on standard output; what could not be placed,
 * and conflicts, on standard error with their places. Exit 1 when a judgment is missing, two
 * statements conflict, or a page's force or cycle cannot be told.
 *
 * <pre>{@code
 * peel extract kent-2017.txt kent-2017-legitimacy.txt > kent-2017.json
 * peel extract --force kent --cycle 2021-22 --to jsonl kent-news.txt
 * }</pre>
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the judgments of HMICFRS pages' plain text as one PEEL JSON dataset, merging pages of one force and cycle.")
final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Target { json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "PAGE", description = "pages as plain text (UTF-8)")
    private List<Path> pages;

    @Option(names = "--force", paramLabel = "ID", description = "the force, for pages that do not name it")
    private String force;

    @Option(names = "--cycle", paramLabel = "ID", description = "the cycle, for pages that do not name it")
    private String cycle;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "json", description = "json (one dataset) or jsonl")
    private Target to;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Hints hints = new Hints(Optional.ofNullable(force), Optional.ofNullable(cycle));
        List<Extraction> extractions = ReportExtractor.standard().extractAll(pages, hints);
        PrintWriter err = spec.commandLine().getErr();
        extractions.forEach(e -> e.notes().forEach(n -> err.println(EscapedText.of(n.format()))));
        List<Assessment> assessments = extractions.stream().flatMap(e -> e.assessment().stream()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (to == Target.jsonl) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            JsonLines.standard().write(assessments, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
        } else {
            out.print(PeelJsonWriter.standard().write(Dataset.of(assessments)));
        }
        out.flush();
        return extractions.stream().anyMatch(Extraction::isIncomplete) ? PeelCommand.ERRORS : PeelCommand.OK;
    }
}

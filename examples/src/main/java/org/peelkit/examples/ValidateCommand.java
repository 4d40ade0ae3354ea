package org.peelkit.examples;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.peelkit.io.Location;
import org.peelkit.io.PeelReadException;
import org.peelkit.io.PendingDocument;
import org.peelkit.rules.Severity;
import org.peelkit.model.Counted;
import org.peelkit.rules.ValidationFinding;
import org.peelkit.rules.PeelValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel validate [--format text|json] [--strict] [FILE ...]}: every finding of every file,
 * printed as it is found (text lines, or the elements of the JSON object's {@code findings} array),
 * so that memory stays flat however many there are; JSON Lines are read and validated on every
 * core, their findings printed in input order. With no FILE, the bundled dataset; {@code -} reads
 * standard input.
 *
 * <pre>{@code
 * peel validate data.json          # data.json:7:45: error PEEL-003 /judgments/2/grade Grade 'adequate' ...
 * }</pre>
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate PEEL JSON documents, JSON Lines (.jsonl, .ndjson) or CSV grade tables (.csv). "
                + "With no FILE, the bundled Metropolitan Police Service dataset; \"-\" reads standard input.")
final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    private Format format;

    @Option(names = "--strict", description = "treat warnings as errors")
    private boolean strict;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "files to validate")
    private List<String> files = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PeelValidator validator = strict ? PeelValidator.builder().strict(true).build() : PeelValidator.standard();
        List<Unreadable> unreadable = new ArrayList<>();
        List<String> inputs = files.isEmpty() ? List.of(Inputs.BUNDLED) : files;
        PrintWriter out = spec.commandLine().getOut();
        FindingOutput output = format == Format.json ? new JsonFindingOutput(out) : new TextFindingOutput(out);
        long[] counts = new long[Severity.values().length];
        long assessments = 0;
        for (String file : inputs) {
            String source = file.equals("-") ? Inputs.STDIN : file;
            try (Stream<PendingDocument> documents = Inputs.split(file)) {
                assessments += validator.validateInParallel(documents, source, f -> {
                    counts[f.severity().ordinal()]++;
                    output.finding(source, f);
                }).assessments();
            } catch (PeelReadException e) {
                spec.commandLine().getErr().println("peel: " + e.getMessage());
                unreadable.add(new Unreadable(file, e.location(), e.reason()));
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().println("peel: " + file + ": Cannot read: " + e.getCause().getMessage());
                unreadable.add(new Unreadable(file, Optional.empty(), "Cannot read: " + e.getCause().getMessage()));
            }
        }
        long errors = counts[Severity.ERROR.ordinal()];
        output.end(new Totals(inputs.size(), assessments, errors, counts[Severity.WARNING.ordinal()]), unreadable);
        return !unreadable.isEmpty() ? PeelCommand.UNREADABLE : errors > 0 ? PeelCommand.ERRORS : PeelCommand.OK;
    }

    /** A file that could not be read at all, or not to its end, so that it was not checked whole. */
    record Unreadable(String file, Optional<Location> location, String message) {
    }

    /** What the summary counts. */
    record Totals(long files, long assessments, long errors, long warnings) {
    }

    /** Where findings go as they are found, and the summary at the end. */
    interface FindingOutput {
        void finding(String source, ValidationFinding f);

        void end(Totals totals, List<Unreadable> unreadable);
    }

    /** Text: one line per finding, then the summary line. */
    private static final class TextFindingOutput implements FindingOutput {
        private final PrintWriter out;

        TextFindingOutput(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void finding(String source, ValidationFinding f) {
            out.println(FindingLine.of(source, f));
        }

        @Override
        public void end(Totals t, List<Unreadable> unreadable) {
            String verdict = !unreadable.isEmpty() ? "; " + Counted.of(unreadable.size(), "file") + " could not be read ("
                    + String.join(", ", unreadable.stream().map(Unreadable::file).toList()) + "): not valid"
                    : t.errors() == 0 ? ": valid" : ": invalid";
            out.println("peel: " + Counted.of(t.files(), "file") + ", " + Counted.of(t.assessments(), "assessment") + ": "
                    + Counted.of(t.errors(), "error") + ", " + Counted.of(t.warnings(), "warning") + verdict);
        }
    }
}

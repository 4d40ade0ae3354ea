package org.peelkit.examples;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.peelkit.io.Location;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PeelReadException;
import org.peelkit.model.Counted;
import org.peelkit.rules.ValidationFinding;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code peel validate [--format text|json] [--strict] [FILE ...]}: every finding of every file;
 * with no FILE, the bundled dataset; {@code -} reads standard input.
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
        Validator validator = strict ? Validator.builder().strict(true).build() : Validator.standard();
        List<ValidationReport> reports = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        List<String> inputs = files.isEmpty() ? List.of(Inputs.BUNDLED) : files;
        for (String file : inputs) {
            try {
                reports.add(validate(validator, file));
            } catch (PeelReadException e) {
                spec.commandLine().getErr().println("peel: " + e.getMessage());
                unreadable.add(new Unreadable(file, e.location(), e.reason()));
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().println("peel: " + file + ": Cannot read: " + e.getCause().getMessage());
                unreadable.add(new Unreadable(file, Optional.empty(), "Cannot read: " + e.getCause().getMessage()));
            }
        }
        long errors = reports.stream().mapToLong(r -> r.errors().size()).sum();
        long warnings = reports.stream().mapToLong(r -> r.warnings().size()).sum();
        if (format == Format.json) {
            printJson(inputs.size(), reports, unreadable, errors, warnings);
        } else {
            printText(inputs.size(), reports, unreadable, errors, warnings);
        }
        return !unreadable.isEmpty() ? PeelCommand.UNREADABLE : errors > 0 ? PeelCommand.ERRORS : PeelCommand.OK;
    }

    /** A file that could not be read at all, so that it was not checked. */
    private record Unreadable(String file, Optional<Location> location, String message) {
    }

    private static ValidationReport validate(Validator validator, String file) {
        try (Stream<PeelDocument> documents = Inputs.documents(file)) {
            return validator.validate(documents, file.equals("-") ? Inputs.STDIN : file);
        }
    }

    private void printText(int files, List<ValidationReport> reports, List<Unreadable> unreadable, long errors,
                           long warnings) {
        var out = spec.commandLine().getOut();
        for (ValidationReport r : reports) {
            for (ValidationFinding f : r.findings()) {
                out.println(FindingLine.of(r.source(), f));
            }
        }
        long assessments = reports.stream().mapToLong(ValidationReport::assessments).sum();
        String verdict = !unreadable.isEmpty() ? "; " + plural(unreadable.size(), "file") + " could not be read ("
                + String.join(", ", unreadable.stream().map(Unreadable::file).toList()) + "): not valid"
                : errors == 0 ? ": valid" : ": invalid";
        out.println("peel: " + plural(files, "file") + ", " + plural(assessments, "assessment") + ": "
                + plural(errors, "error") + ", " + plural(warnings, "warning") + verdict);
    }

    private void printJson(int files, List<ValidationReport> reports, List<Unreadable> unreadable, long errors,
                           long warnings) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("valid", errors == 0 && unreadable.isEmpty());
        root.put("errors", errors);
        root.put("warnings", warnings);
        root.put("files", files);
        root.put("assessments", reports.stream().mapToLong(ValidationReport::assessments).sum());
        ArrayNode findings = root.putArray("findings");
        for (ValidationReport r : reports) {
            for (ValidationFinding f : r.findings()) {
                ObjectNode n = findings.addObject();
                n.put("file", r.source());
                n.put("severity", f.severity().id());
                n.put("rule", f.rule());
                n.put("path", f.path());
                f.location().ifPresent(l -> {
                    n.put("line", l.line());
                    n.put("column", l.column());
                });
                n.put("message", f.message());
            }
        }
        ArrayNode notRead = root.putArray("unreadable");
        for (Unreadable u : unreadable) {
            ObjectNode n = notRead.addObject();
            n.put("file", u.file());
            u.location().ifPresent(l -> {
                n.put("line", l.line());
                n.put("column", l.column());
            });
            n.put("message", u.message());
        }
        spec.commandLine().getOut().println(mapper.writeValueAsString(root));
    }

    private static String plural(long n, String word) {
        return Counted.of(n, word);
    }
}

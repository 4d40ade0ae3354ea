package org.peelkit.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.peelkit.io.JsonLines;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelReader;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.rules.ValidationFinding;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.PeelValidator;

/**
 * Example: validating report data in a publishing pipeline. The data arrives as JSON Lines; one
 * validator, built once and shared, checks it as a stream and the pipeline stops on any error.
 *
 * <pre>{@code
 * java -cp examples/target/peel.jar org.peelkit.examples.ValidatingInAPipeline
 * }</pre>
 */
public final class ValidatingInAPipeline {

    private ValidatingInAPipeline() {
    }

    /** @param args none */
    public static void main(String[] args) {
        boolean publish = run(new TerminalWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        System.exit(publish ? 0 : 1);
    }

    /**
     * @param out where to print
     * @return whether the data may be published
     */
    public static boolean run(PrintWriter out) {
        // Stand-in for the pipeline's input: the bundled assessments as JSON Lines, with one bad line
        Dataset met = PeelJson.standard().readDocument(Inputs.bundled(), Inputs.BUNDLED).dataset();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        JsonLines.standard().write(met.assessments(), lines);
        String input = lines.toString(StandardCharsets.UTF_8)
                .replace("\"cycle\":\"2017\"", "\"cycle\":\"2017\",\"grade\":\"good\"");

        ValidationReport report;
        try (Stream<PeelDocument> records = PeelReader.standard().read(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "incoming.jsonl")) {
            report = PeelValidator.standard().validate(records, "incoming.jsonl");
        }
        for (ValidationFinding f : report.findings()) {
            out.println(report.source() + ":" + f.location().map(l -> l.line()).orElse(0L) + ": " + f.severity().id() + " " + f.rule() + " "
                    + f.path() + " " + f.message());
        }
        out.println(Counted.of(report.assessments(), "assessment") + " checked; " + (report.isValid() ? "publishing" : "not publishing"));
        out.flush();
        return report.isValid();
    }
}

package org.peelkit.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.peelkit.io.PeelJson;
import org.peelkit.model.Counted;
import org.peelkit.model.Dataset;
import org.peelkit.rules.Rule;
import org.peelkit.rules.RuleContext;
import org.peelkit.rules.Severity;
import org.peelkit.rules.ValidationReport;
import org.peelkit.rules.PeelValidator;

/**
 * Example: a newsroom's own rule next to the core rules: every assessment must name its HM
 * Inspector, so that a story can quote them. The validator also turns one core rule off and
 * changes the severity of another, by rule id.
 *
 * <pre>{@code
 * java -cp examples/target/peel.jar org.peelkit.examples.AddingACustomRule
 * }</pre>
 */
public final class AddingACustomRule {

    private AddingACustomRule() {
    }

    /** The custom rule: an assessment must name its inspector. */
    public static final class InspectorNamed implements Rule {
        @Override
        public String id() {
            return "NEWS-001";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "an assessment that does not name its HM Inspector";
        }

        @Override
        public void check(RuleContext context) {
            context.forEachAssessment((a, at) -> {
                if (a.inspector().isEmpty()) {
                    context.report(at, "The " + a.cycle() + " assessment of " + a.force()
                            + " names no HM Inspector: add \"inspector\" before quoting it");
                }
            });
        }
    }

    /** @param args none */
    public static void main(String[] args) {
        run(new TerminalWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    }

    /**
     * @param out where to print
     * @return the report
     */
    public static ValidationReport run(PrintWriter out) {
        PeelValidator newsroom = PeelValidator.builder()
                .rule(new InspectorNamed())
                .disable("PEEL-016")                      // the newsroom does not publish metrics
                .severity("PEEL-011", Severity.ERROR)     // an inadequate grade must come with its cause of concern
                .build();
        Dataset met = PeelJson.standard().readDocument(Inputs.bundled(), Inputs.BUNDLED).dataset();
        ValidationReport report = newsroom.validate(met);
        report.findings().forEach(f -> out.println(f.severity().id() + " " + f.rule() + " " + f.path() + " " + f.message()));
        out.println(Counted.of(newsroom.rules().size(), "rule") + " run; valid: " + report.isValid());
        out.flush();
        return report;
    }
}

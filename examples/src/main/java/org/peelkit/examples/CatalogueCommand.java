package org.peelkit.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.Force;
import org.peelkit.model.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel catalogue [CYCLE]}: the cycles with their scales, and the forces; or one cycle's
 * questions with their wording. Every line is printed with {@code println}, so that the standard
 * output's {@link TerminalWriter} shows any control character of a catalogue's text escaped.
 *
 * <pre>{@code
 * peel catalogue 2023-25
 * }</pre>
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Show the cycles, scales and forces; with CYCLE, that cycle's questions and their wording.")
final class CatalogueCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CYCLE", description = "a cycle id, e.g. 2016 or 2023-25")
    private String cycleId;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        if (cycleId != null) {
            Cycle c = Cycle.of(cycleId, catalogue);
            out.println(c.name() + " (" + c.id() + "): " + c.scale().label() + " scale, grades "
                    + c.gradingLevel().id() + ", comparability group " + c.comparabilityGroup() + ", dates "
                    + c.window() + (c.provisional() ? "; PROVISIONAL: HMICFRS has not published all of it" : ""));
            for (Question q : c.questions()) {
                out.println(String.format("  %-50s %-8s %-8s %s", q.id(), q.graded() ? "graded" : "ungraded",
                        q.required() ? "required" : "optional", q.label()));
                q.wording().ifPresent(w -> out.println(String.format("  %-50s %s", "", "\"" + w + "\"")));
            }
            return PeelCommand.OK;
        }
        out.println("Cycles");
        for (Cycle c : catalogue.cycles()) {
            out.println(String.format("  %-8s %-16s %-11s %-8s group %-10s %s%s", c.id(), c.name(), c.scale().label(),
                    c.gradingLevel().id(), c.comparabilityGroup(), c.window(), c.provisional() ? "  provisional" : ""));
        }
        out.println();
        out.println("Forces");
        for (Force f : catalogue.forces()) {
            out.println(String.format("  %-22s %-10s %s%s", f.id(), f.onsCode().orElse(""), f.name(),
                    f.inPeelScope() ? "" : "  (outside PEEL)"));
        }
        return PeelCommand.OK;
    }
}

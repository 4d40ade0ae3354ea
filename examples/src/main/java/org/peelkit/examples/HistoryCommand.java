package org.peelkit.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peelkit.io.PeelDocument;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.CycleJudgment;
import org.peelkit.model.Dataset;
import org.peelkit.model.Force;
import org.peelkit.model.Judgment;
import org.peelkit.model.Question;
import org.peelkit.model.Trend;
import org.peelkit.model.UnknownIdException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code peel history FORCE [FILE]}: a force's grades cycle by cycle, as a table, with the trend
 * against the same question's previous grade and a line at each comparability break, so that
 * nobody reads 2021/22 against 2023–25 as a trend.
 *
 * <pre>{@code
 * peel history metropolitan
 * }</pre>
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print a force's grade history across cycles, with comparability breaks marked. "
                + "With no FILE, the bundled dataset.")
final class HistoryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORCE", description = "force id, e.g. metropolitan")
    private String force;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "PEEL JSON, JSON Lines or CSV")
    private String file;

    @Spec
    private CommandSpec spec;

    private static final String ROW = "  %-76s %-22s %s%n";

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.builtIn();
        Force f = catalogue.force(force).orElseThrow(() -> new UnknownIdException("force", force));
        PeelDocument read = Inputs.read(Optional.ofNullable(file));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!read.problems().isEmpty()) {
            read.problems().forEach(p -> err.println(Inputs.format(read.source(), p)));
            err.println("peel: " + read.source() + " has problems; fix them first (peel validate " + read.source() + ")");
            return PeelCommand.ERRORS;
        }
        Dataset data = read.dataset();
        List<Assessment> assessments = data.assessmentsOf(force, catalogue).stream()
                .filter(a -> catalogue.cycle(a.cycle()).isPresent()).toList();
        out.println(f.name() + " (" + f.id() + (f.onsCode().map(c -> ", ONS " + c).orElse("")) + "): PEEL grade history");
        out.println("from " + read.source());
        if (assessments.isEmpty()) {
            out.println("No assessments of " + f.id() + " in " + read.source() + ".");
            return PeelCommand.OK;
        }
        Cycle previous = null;
        for (Assessment a : assessments) {
            Cycle cycle = catalogue.cycle(a.cycle()).orElseThrow();
            out.println();
            if (previous != null && !previous.isComparableWith(cycle)) {
                out.println("==== COMPARABILITY BREAK: " + cycle.name() + " grades are not comparable with "
                        + previous.name() + " grades (HMICFRS changed the framework). No trend is read across this line. ====");
                out.println();
            }
            out.println(cycle.name() + "  (" + cycle.scale().label() + " scale, comparability group "
                    + cycle.comparabilityGroup() + (cycle.provisional() ? ", catalogue provisional" : "") + ")"
                    + a.published().map(d -> "  published " + d).orElse("")
                    + a.inspector().map(i -> "  HMI " + i).orElse("")
                    + (a.partial() ? "  [partial]" : ""));
            out.printf(ROW, "Question", "Grade", "Trend since the last comparable grade");
            for (Judgment j : ordered(cycle, a)) {
                out.printf(ROW, TerminalText.escape(label(cycle, j)), TerminalText.escape(value(j)),
                        TerminalText.escape(trend(data, catalogue, cycle, j)));
            }
            previous = cycle;
        }
        List<String> monitoring = new ArrayList<>();
        data.monitoringOf(force).forEach(m -> monitoring.add(m.stage().label() + " from " + m.from()
                + m.to().map(t -> " to " + t).orElse(" (ongoing)")));
        if (!monitoring.isEmpty()) {
            out.println();
            out.println("Monitoring: " + String.join("; ", monitoring));
        }
        return PeelCommand.OK;
    }

    /** The judgments in the framework's order; questions the catalogue does not know come last. */
    private static List<Judgment> ordered(Cycle cycle, Assessment a) {
        List<Judgment> result = new ArrayList<>();
        for (Question q : cycle.questions()) {
            a.judgment(q.id()).ifPresent(result::add);
        }
        a.judgments().stream().filter(j -> cycle.question(j.question()).isEmpty()).forEach(result::add);
        return result;
    }

    private static String label(Cycle cycle, Judgment j) {
        return cycle.question(j.question())
                .map(q -> (q.pillar().isPresent() && !q.isPillar() ? "  " : "") + q.label())
                .orElse(j.question() + " (not in the catalogue)");
    }

    private static String value(Judgment j) {
        String v = j.grade().map(g -> g.label()).or(() -> j.status().map(s -> s.label())).orElse("?");
        return v + j.carriedOverFrom().map(c -> " (from " + c + ")").orElse("");
    }

    private String trend(Dataset data, Catalogue catalogue, Cycle cycle, Judgment j) {
        List<CycleJudgment> history = data.history(force, j.question(), catalogue);
        CycleJudgment current = new CycleJudgment(cycle, j);
        CycleJudgment earlier = null;
        for (CycleJudgment h : history) {
            if (catalogue.isEarlier(h.cycle().id(), cycle.id()) && h.cycle().isComparableWith(cycle)
                    && h.grade().isPresent()) {
                earlier = h;
            }
        }
        if (earlier == null || current.grade().isEmpty()) {
            return "";
        }
        Trend t = Trend.between(earlier, current);
        return t == Trend.NOT_COMPARABLE ? "" : t.id() + " (" + earlier.cycle().name() + ": "
                + earlier.judgment().grade().get().label() + ")";
    }
}

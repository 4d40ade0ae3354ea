package org.peelkit.rules;

import java.util.List;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Finding;
import org.peelkit.model.Judgment;

/** PEEL-004: a question unknown in that cycle (a warning in a provisional cycle). */
final class QuestionKnown extends KnownCycleRule {

    QuestionKnown() {
        super("PEEL-004", Severity.ERROR, "question unknown in that cycle (warning in a provisional cycle)");
    }

    @Override
    void check(RuleContext context, Assessment a, Cycle cycle, String at) {
        List<Judgment> judgments = a.judgments();
        for (int i = 0; i < judgments.size(); i++) {
            if (cycle.question(judgments.get(i).question()).isEmpty()) {
                String path = context.pointer(judgments.get(i), at, "judgments", i) + "/question";
                check(context, cycle, judgments.get(i).question(), path);
            }
        }
        List<Finding> findings = a.findings();
        for (int i = 0; i < findings.size(); i++) {
            Optional<String> q = findings.get(i).question();
            if (q.isPresent() && cycle.question(q.get()).isEmpty()) {
                check(context, cycle, q.get(), context.pointer(findings.get(i), at, "findings", i) + "/question");
            }
        }
    }

    private static void check(RuleContext context, Cycle cycle, String question, String path) {
        if (cycle.question(question).isPresent()) {
            return;
        }
        if (cycle.provisional()) {
            context.report(Severity.WARNING, path, "Question '" + question + "' is not in the catalogue of "
                    + cycle.name() + ", which is provisional: check the id, or supply an updated catalogue");
        } else {
            context.report(path, "Unknown question '" + question + "' in " + cycle.name() + ": expected one of "
                    + String.join(", ", cycle.questions().stream().map(q -> q.id()).toList()));
        }
    }
}

package org.peelkit.rules;

import org.peelkit.io.Place;

import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Quoted;

/** PEEL-004: a question unknown in that cycle (a warning in a provisional cycle). */
final class QuestionKnown extends KnownCycleRule {

    QuestionKnown() {
        super("PEEL-004", Severity.ERROR, "question unknown in that cycle (warning in a provisional cycle)");
    }

    @Override
    void check(RuleContext context, Assessment a, Cycle cycle, Place at) {
        context.forEachJudgment(at, (j, jat) -> {
            if (cycle.question(j.question()).isEmpty()) {
                check(context, cycle, j.question(), jat.field("question"));
            }
        });
        context.forEachFinding(at, (f, fat) -> {
            Optional<String> q = f.question();
            if (q.isPresent() && cycle.question(q.get()).isEmpty()) {
                check(context, cycle, q.get(), fat.field("question"));
            }
        });
    }

    private static void check(RuleContext context, Cycle cycle, String question, Place path) {
        if (cycle.question(question).isPresent()) {
            return;
        }
        if (cycle.provisional()) {
            context.report(Severity.WARNING, path, "Question " + Quoted.of(question) + " is not in the catalogue of "
                    + cycle.name() + ", which is provisional: check the id, or supply an updated catalogue");
        } else {
            context.report(path, "Unknown question " + Quoted.of(question) + " in " + cycle.name() + ": expected one of "
                    + String.join(", ", cycle.questions().stream().map(q -> q.id()).toList()));
        }
    }
}

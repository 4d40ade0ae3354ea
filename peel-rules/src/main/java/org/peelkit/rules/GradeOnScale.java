package org.peelkit.rules;

import org.peelkit.io.Place;

import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;

/** PEEL-003: a grade not on the cycle's scale ({@code adequate} before 2021-22). */
final class GradeOnScale extends JudgmentRule {

    GradeOnScale() {
        super("PEEL-003", Severity.ERROR, "grade not on the cycle's scale (adequate before 2021-22)");
    }

    @Override
    void check(RuleContext context, Assessment assessment, Cycle cycle, Judgment judgment, Place path) {
        if (judgment.grade().isEmpty() || cycle.isSupported(judgment.grade().get())) {
            return;
        }
        boolean ungraded = cycle.question(judgment.question()).map(q -> !q.graded()).orElse(false);
        if (ungraded) {
            return; // PEEL-005 says more
        }
        Grade g = judgment.grade().get();
        context.report(path.field("grade"), "Grade '" + g.id() + "' is not on the " + cycle.scale().label() + " scale of "
                + cycle.name() + ": expected one of "
                + String.join(", ", cycle.scale().grades().stream().map(Grade::id).toList())
                + (g == Grade.ADEQUATE ? " (adequate arrived in PEEL 2021/22)" : ""));
    }
}

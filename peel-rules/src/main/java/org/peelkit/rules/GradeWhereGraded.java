package org.peelkit.rules;

import org.peelkit.io.Place;

import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Judgment;
import org.peelkit.model.Quoted;

/** PEEL-005: a grade where the cycle gives none. */
final class GradeWhereGraded extends JudgmentRule {

    GradeWhereGraded() {
        super("PEEL-005", Severity.ERROR,
                "a grade where the cycle gives none (an ungraded question or pillar, e.g. the victim service assessment)");
    }

    @Override
    void check(RuleContext context, Assessment assessment, Cycle cycle, Judgment judgment, Place path) {
        if (judgment.grade().isEmpty()) {
            return;
        }
        cycle.question(judgment.question()).filter(q -> !q.graded()).ifPresent(q ->
                context.report(path.field("grade"), "Question " + Quoted.of(q.id()) + " (" + q.label() + ") is not graded in "
                        + cycle.name() + ", but the judgment gives the grade '" + judgment.grade().get().id()
                        + "': use \"status\": \"ungraded\""));
    }
}

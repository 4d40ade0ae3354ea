package org.peelkit.rules;

import org.peelkit.io.Place;
import org.peelkit.model.Assessment;
import org.peelkit.model.Judgment;
import org.peelkit.model.Quoted;

/** PEEL-008: a judgment with both grade and status, or neither. */
final class GradeOrStatus extends AssessmentRule {

    GradeOrStatus() {
        super("PEEL-008", Severity.ERROR, "a judgment with both grade and status, or neither");
    }

    @Override
    void check(RuleContext context, Assessment a, Place assessmentAt) {
        context.forEachJudgment(assessmentAt, (j, at) -> {
                if (j.grade().isPresent() && j.status().isPresent()) {
                    context.report(at, "Judgment of " + Quoted.of(j.question()) + " has both the grade '" + j.grade().get().id()
                            + "' and the status '" + j.status().get().id() + "': give one of them");
                } else if (j.grade().isEmpty() && j.status().isEmpty()) {
                    context.report(at, "Judgment of " + Quoted.of(j.question())
                            + " has neither a grade nor a status: give one of them");
                }
        });
    }
}

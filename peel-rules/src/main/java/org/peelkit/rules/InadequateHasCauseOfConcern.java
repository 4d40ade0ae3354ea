package org.peelkit.rules;

import org.peelkit.io.Place;

import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.Quoted;

/** PEEL-011: an inadequate grade with no cause of concern on that question, in an assessment that lists findings. */
final class InadequateHasCauseOfConcern extends JudgmentRule {

    InadequateHasCauseOfConcern() {
        super("PEEL-011", Severity.WARNING,
                "an inadequate grade with no cause of concern on that question, in an assessment that lists findings");
    }

    @Override
    void check(RuleContext context, Assessment assessment, Cycle cycle, Judgment judgment, Place path) {
        if (assessment.findings().isEmpty() || judgment.grade().filter(g -> g == Grade.INADEQUATE).isEmpty()) {
            return;
        }
        Optional<String> question = Optional.of(judgment.question());
        boolean concern = assessment.findings().stream()
                .anyMatch(f -> f instanceof CauseOfConcern && f.question().equals(question));
        if (!concern) {
            context.report(path.field("grade"), "Question " + Quoted.of(judgment.question()) + " is graded inadequate, but the "
                    + "assessment lists no cause of concern on it: inadequate means HMICFRS has causes of concern");
        }
    }
}

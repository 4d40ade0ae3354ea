package org.peelkit.rules;

import org.peelkit.io.Place;

import java.util.Set;
import java.util.stream.Collectors;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Judgment;
import org.peelkit.model.Question;

/** PEEL-006: a required question of the cycle missing, in an assessment that is not partial. */
final class RequiredQuestionsJudged extends KnownCycleRule {

    RequiredQuestionsJudged() {
        super("PEEL-006", Severity.ERROR, "a required question of the cycle missing, in an assessment that is not partial");
    }

    @Override
    void check(RuleContext context, Assessment a, Cycle cycle, Place at) {
        if (!a.partial()) {
            Set<String> judged = a.judgments().stream().map(Judgment::question).collect(Collectors.toSet());
            for (Question q : cycle.requiredQuestions()) {
                if (!judged.contains(q.id())) {
                    context.report(at.field("judgments"), "Required question '" + q.id() + "' ("
                            + q.label() + ") of " + cycle.name()
                            + " is not judged: add it, or mark the assessment \"partial\": true");
                }
            }
        }
    }
}

package org.peelkit.rules;

import java.util.Set;
import java.util.stream.Collectors;
import org.peelkit.model.Assessment;
import org.peelkit.model.Judgment;
import org.peelkit.model.Question;

/** PEEL-006: a required question of the cycle missing, in an assessment that is not partial. */
final class RequiredQuestionsJudged extends CoreRule {

    RequiredQuestionsJudged() {
        super("PEEL-006", Severity.ERROR, "a required question of the cycle missing, in an assessment that is not partial");
    }

    @Override
    public void check(RuleContext context) {
        for (Assessment a : context.assessments()) {
            var cycle = context.cycleOf(a);
            if (cycle.isEmpty() || a.partial()) {
                continue;
            }
            Set<String> judged = a.judgments().stream().map(Judgment::question).collect(Collectors.toSet());
            for (Question q : cycle.get().requiredQuestions()) {
                if (!judged.contains(q.id())) {
                    context.report(context.pointerOf(a) + "/judgments", "Required question '" + q.id() + "' ("
                            + q.label() + ") of " + cycle.get().name()
                            + " is not judged: add it, or mark the assessment \"partial\": true");
                }
            }
        }
    }
}

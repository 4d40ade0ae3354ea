package org.peelkit.rules;

import java.util.HashMap;
import java.util.Map;
import org.peelkit.model.Assessment;
import org.peelkit.model.Judgment;

/** PEEL-007: the same question judged twice in one assessment. */
final class QuestionJudgedOnce extends CoreRule {

    QuestionJudgedOnce() {
        super("PEEL-007", Severity.ERROR, "the same question judged twice in one assessment");
    }

    @Override
    public void check(RuleContext context) {
        for (Assessment a : context.assessments()) {
            String at = context.pointerOf(a);
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < a.judgments().size(); i++) {
                Judgment j = a.judgments().get(i);
                Integer earlier = first.putIfAbsent(j.question(), i);
                if (earlier != null) {
                    String firstAt = context.pointer(a.judgments().get(earlier), at, "judgments", earlier);
                    context.report(context.pointer(j, at, "judgments", i) + "/question", "Question '" + j.question()
                            + "' is judged twice: first at " + firstAt + "; judge each question once");
                }
            }
        }
    }
}

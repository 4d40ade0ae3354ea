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
            Map<String, String> first = new HashMap<>();
            for (int i = 0; i < a.judgments().size(); i++) {
                Judgment j = a.judgments().get(i);
                String path = context.pointer(j, at + "/judgments/" + i);
                String earlier = first.putIfAbsent(j.question(), path);
                if (earlier != null) {
                    context.report(path + "/question", "Question '" + j.question() + "' is judged twice: first at "
                            + earlier + "; judge each question once");
                }
            }
        }
    }
}

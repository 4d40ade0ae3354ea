package org.peelkit.rules;

import org.peelkit.io.Place;
import org.peelkit.model.Quoted;

import java.util.HashMap;
import java.util.Map;
import org.peelkit.io.Place;
import org.peelkit.model.Assessment;

/** PEEL-007: the same question judged twice in one assessment. */
final class QuestionJudgedOnce extends AssessmentRule {

    QuestionJudgedOnce() {
        super("PEEL-007", Severity.ERROR, "the same question judged twice in one assessment");
    }

    @Override
    void check(RuleContext context, Assessment a, Place at) {
        Map<String, Place> first = new HashMap<>();
        context.forEachJudgment(at, (j, jat) -> {
            Place earlier = first.putIfAbsent(j.question(), jat);
            if (earlier != null) {
                context.report(jat.field("question"), "Question " + Quoted.of(j.question())
                        + " is judged twice: first at " + earlier.pointer() + "; judge each question once");
            }
        });
    }
}

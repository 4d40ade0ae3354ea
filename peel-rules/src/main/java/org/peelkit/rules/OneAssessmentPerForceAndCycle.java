package org.peelkit.rules;

import java.util.HashMap;
import java.util.Map;
import org.peelkit.model.Assessment;

/** PEEL-014: a dataset with two assessments of the same force and cycle. */
final class OneAssessmentPerForceAndCycle extends CoreRule {

    OneAssessmentPerForceAndCycle() {
        super("PEEL-014", Severity.ERROR, "a dataset with two assessments of the same force and cycle");
    }

    @Override
    public void check(RuleContext context) {
        Map<String, String> first = new HashMap<>();
        for (Assessment a : context.assessments()) {
            String path = context.pointerOf(a);
            String earlier = first.putIfAbsent(a.force() + "\u0000" + a.cycle(), path);
            if (earlier != null) {
                context.report(path, "A second assessment of '" + a.force() + "' in cycle '" + a.cycle()
                        + "': the first is at " + earlier + "; merge them");
            }
        }
    }
}

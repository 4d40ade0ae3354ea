package org.peelkit.rules;

import org.peelkit.io.Place;
import org.peelkit.model.Quoted;

import java.util.HashMap;
import java.util.Map;

/** PEEL-014: a dataset with two assessments of the same force and cycle. */
final class OneAssessmentPerForceAndCycle extends CoreRule {

    OneAssessmentPerForceAndCycle() {
        super("PEEL-014", Severity.ERROR, "a dataset with two assessments of the same force and cycle");
    }

    @Override
    public void check(RuleContext context) {
        Map<String, Place> first = new HashMap<>();
        context.forEachAssessment((a, path) -> {
            Place earlier = first.putIfAbsent(a.force() + "\u0000" + a.cycle(), path);
            if (earlier != null) {
                context.report(path, "A second assessment of " + Quoted.of(a.force()) + " in cycle " + Quoted.of(a.cycle())
                        + ": the first is at " + earlier.pointer() + "; merge them");
            }
        });
    }
}

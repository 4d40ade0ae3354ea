package org.peelkit.rules;

import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Finding;

/** PEEL-010: a cause of concern with no recommendation. */
final class CauseOfConcernHasRecommendations extends CoreRule {

    CauseOfConcernHasRecommendations() {
        super("PEEL-010", Severity.ERROR, "a cause of concern with no recommendation");
    }

    @Override
    public void check(RuleContext context) {
        for (Assessment a : context.assessments()) {
            String at = context.pointerOf(a);
            for (int i = 0; i < a.findings().size(); i++) {
                Finding f = a.findings().get(i);
                if (f instanceof CauseOfConcern c && c.recommendations().isEmpty()) {
                    context.report(context.pointer(f, at, "findings", i), "Cause of concern has no recommendation: "
                            + "HMICFRS always makes one or more with a cause of concern");
                }
            }
        }
    }
}

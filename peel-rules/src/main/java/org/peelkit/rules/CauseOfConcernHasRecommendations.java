package org.peelkit.rules;

import org.peelkit.model.CauseOfConcern;

/** PEEL-010: a cause of concern with no recommendation. */
final class CauseOfConcernHasRecommendations extends CoreRule {

    CauseOfConcernHasRecommendations() {
        super("PEEL-010", Severity.ERROR, "a cause of concern with no recommendation");
    }

    @Override
    public void check(RuleContext context) {
        context.forEachAssessment((a, at) -> context.forEachFinding(at, (f, fat) -> {
            if (f instanceof CauseOfConcern c && c.recommendations().isEmpty()) {
                context.report(fat, "Cause of concern has no recommendation: "
                        + "HMICFRS always makes one or more with a cause of concern");
            }
        }));
    }
}

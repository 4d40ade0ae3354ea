package org.peelkit.rules;

import org.peelkit.io.Place;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;

/** PEEL-010: a cause of concern with no recommendation. */
final class CauseOfConcernHasRecommendations extends AssessmentRule {

    CauseOfConcernHasRecommendations() {
        super("PEEL-010", Severity.ERROR, "a cause of concern with no recommendation");
    }

    @Override
    void check(RuleContext context, Assessment a, Place at) {
        context.forEachFinding(at, (f, fat) -> {
            if (f instanceof CauseOfConcern c && c.recommendations().isEmpty()) {
                context.report(fat, "Cause of concern has no recommendation: "
                        + "HMICFRS always makes one or more with a cause of concern");
            }
        });
    }
}

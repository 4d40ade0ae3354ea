package org.peelkit.rules;

import org.peelkit.io.Place;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;

/**
 * A built-in rule that looks at each assessment whose cycle the catalogue knows (an unknown cycle
 * is PEEL-002's to report; nothing else can be checked against it).
 */
abstract class KnownCycleRule extends AssessmentRule {

    KnownCycleRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    final void check(RuleContext context, Assessment a, Place at) {
        context.cycleOf(a).ifPresent(cycle -> check(context, a, cycle, at));
    }

    /**
     * @param at where the assessment stands
     */
    abstract void check(RuleContext context, Assessment assessment, Cycle cycle, Place at);
}

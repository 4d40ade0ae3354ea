package org.peelkit.rules;

import org.peelkit.io.Place;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Judgment;

/**
 * A built-in rule that looks at each judgment of each assessment whose cycle the catalogue knows.
 */
abstract class JudgmentRule extends KnownCycleRule {

    JudgmentRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    final void check(RuleContext context, Assessment a, Cycle cycle, Place at) {
        context.forEachJudgment(at, (j, jat) -> check(context, a, cycle, j, jat));
    }

    /**
     * @param at where the judgment stands
     */
    abstract void check(RuleContext context, Assessment assessment, Cycle cycle, Judgment judgment, Place at);
}

package org.peelkit.rules;

import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Judgment;
import java.util.function.Supplier;

/**
 * A built-in rule that looks at each judgment of each assessment whose cycle the catalogue knows.
 */
abstract class JudgmentRule extends KnownCycleRule {

    JudgmentRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    final void check(RuleContext context, Assessment a, Cycle cycle, String at) {
        for (int i = 0; i < a.judgments().size(); i++) {
            Judgment j = a.judgments().get(i);
            int index = i;
            check(context, a, cycle, j, () -> context.pointer(j, at, "judgments", index));
        }
    }

    /**
     * @param path the judgment's JSON Pointer, worked out only when a rule reports
     */
    abstract void check(RuleContext context, Assessment assessment, Cycle cycle, Judgment judgment, Supplier<String> path);
}

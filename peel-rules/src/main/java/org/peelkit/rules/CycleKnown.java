package org.peelkit.rules;

import java.util.stream.Collectors;
import org.peelkit.model.Cycle;
import org.peelkit.model.Quoted;

/** PEEL-002: the cycle is unknown. */
final class CycleKnown extends CoreRule {

    CycleKnown() {
        super("PEEL-002", Severity.ERROR, "cycle unknown");
    }

    @Override
    public void check(RuleContext context) {
        context.forEachAssessment((a, at) -> {
            if (context.cycleOf(a).isEmpty()) {
                context.report(at.field("cycle"), "Unknown cycle " + Quoted.of(a.cycle()) + ": expected one of "
                        + context.catalogue().cycles().stream().map(Cycle::id).collect(Collectors.joining(", ")));
            }
        });
    }
}

package org.peelkit.rules;

import java.util.stream.Collectors;
import org.peelkit.io.Place;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Quoted;

/** PEEL-002: the cycle is unknown. */
final class CycleKnown extends AssessmentRule {

    CycleKnown() {
        super("PEEL-002", Severity.ERROR, "cycle unknown");
    }

    @Override
    void check(RuleContext context, Assessment a, Place at) {
        if (context.cycleOf(a).isEmpty()) {
            context.report(at.field("cycle"), "Unknown cycle " + Quoted.of(a.cycle()) + ": expected one of "
                    + context.catalogue().cycles().stream().map(Cycle::id).collect(Collectors.joining(", ")));
        }
    }
}

package org.peelkit.rules;

import org.peelkit.io.Place;

import java.util.Optional;
import org.peelkit.model.Force;
import org.peelkit.model.Quoted;

/** PEEL-001: the force is unknown, or a known force outside PEEL. */
final class ForceInPeel extends CoreRule {

    ForceInPeel() {
        super("PEEL-001", Severity.ERROR, "force unknown, or a known force outside PEEL");
    }

    @Override
    public void check(RuleContext context) {
        context.forEachAssessment((a, at) -> check(context, a.force(), at.field("force")));
        context.forEachMonitoringPeriod((m, at) -> check(context, m.force(), at.field("force")));
    }

    private static void check(RuleContext context, String id, Place path) {
        Optional<Force> force = context.catalogue().force(id);
        if (force.isEmpty()) {
            context.report(path, "Unknown force " + Quoted.of(id) + ": expected a police.uk force id such as metropolitan");
        } else if (!force.get().inPeelScope()) {
            context.report(path, "Force " + Quoted.of(id) + " (" + force.get().name() + ") is outside PEEL: PEEL assesses "
                    + "the " + context.catalogue().peelForces().size() + " territorial forces of England and Wales");
        }
    }
}

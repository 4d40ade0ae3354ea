package org.peelkit.rules;

import org.peelkit.io.Place;

import java.time.LocalDate;
import org.peelkit.model.Assessment;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;

/** PEEL-012: an accelerated cause of concern before 2021-22, when the accelerated process began. */
final class AcceleratedFrom2021 extends KnownCycleRule {

    /** The accelerated cause-of-concern process came with PEEL 2021/22. */
    static final LocalDate INTRODUCED = LocalDate.of(2021, 1, 1);

    AcceleratedFrom2021() {
        super("PEEL-012", Severity.ERROR, "an accelerated cause of concern before 2021-22");
    }

    @Override
    void check(RuleContext context, Assessment a, Cycle cycle, Place at) {
        if (cycle.window().first().isBefore(INTRODUCED)) {
            context.forEachFinding(at, (f, fat) -> {
                if (f instanceof CauseOfConcern c && c.accelerated()) {
                    context.report(fat.field("accelerated"), "Cause of concern is "
                            + "accelerated in " + cycle.name() + ": the accelerated process began with PEEL 2021/22");
                }
            });
        }
    }
}

package org.peelkit.rules;

import org.peelkit.io.Place;

import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.DateWindow;
import org.peelkit.model.PartialDate;

/**
 * PEEL-013: a date outside the cycle's window; an error before it, a warning after it. Checked:
 * the publication date, each judgment's "last updated" date and recommendations' due dates (only
 * before the window: a recommendation may fall due after the cycle). Metric periods are not checked: reports
 * use data from before their cycle.
 */
final class DatesWithinCycle extends KnownCycleRule {

    DatesWithinCycle() {
        super("PEEL-013", Severity.ERROR, "a date outside the cycle's window (error before it, warning after it)");
    }

    @Override
    void check(RuleContext context, Assessment a, Cycle cycle, Place at) {
        if (a.published().isPresent()) {
            check(context, cycle, a.published(), at.field("published"), "publication date");
        }
        context.forEachJudgment(at, (j, jat) -> {
            if (j.updated().isPresent()) {
                check(context, cycle, j.updated(), jat.field("updated"), "\"last updated\" date");
            }
        });
        context.forEachFinding(at, (f, fat) -> context.forEachRecommendation(fat, (rec, rat) -> {
            if (rec.due().isPresent()) {
                checkDue(context, cycle, rec.due(), rat.field("due"));
            }
        }));
    }

    private static void check(RuleContext context, Cycle cycle, Optional<PartialDate> date, Place path, String what) {
        if (date.isEmpty()) {
            return;
        }
        DateWindow w = cycle.window();
        switch (w.locate(date.get())) {
            case BEFORE -> context.report(Severity.ERROR, path, "The " + what + " " + date.get() + " is before "
                    + cycle.name() + ", whose dates run from " + w.first() + " to " + w.last());
            case AFTER, ACROSS -> context.report(Severity.WARNING, path, "The " + what + " " + date.get()
                    + " is after the window of " + cycle.name() + " (" + w.first() + " to " + w.last() + ")");
            default -> {
            }
        }
    }

    private static void checkDue(RuleContext context, Cycle cycle, Optional<PartialDate> due, Place path) {
        if (due.isPresent() && cycle.window().locate(due.get()) == DateWindow.Position.BEFORE) {
            context.report(Severity.ERROR, path, "The due date " + due.get() + " is before " + cycle.name()
                    + ", whose dates start on " + cycle.window().first());
        }
    }
}

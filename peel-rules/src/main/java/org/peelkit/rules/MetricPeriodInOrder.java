package org.peelkit.rules;

import org.peelkit.model.Quoted;
import org.peelkit.io.Place;
import org.peelkit.model.Assessment;

/**
 * PEEL-021: a metric whose period starts ({@code from}) after it ends ({@code to}). Partial dates
 * are intervals: only a period that certainly runs backwards is reported ({@code 2023-05} to
 * {@code 2023} may be one month, and is not).
 */
final class MetricPeriodInOrder extends AssessmentRule {

    static final String ID = "PEEL-021";

    MetricPeriodInOrder() {
        super(ID, Severity.ERROR, "a metric whose period starts (from) after it ends (to)");
    }

    @Override
    void check(RuleContext context, Assessment a, Place at) {
        context.forEachMetric(at, (m, place) -> {
            if (m.from().isPresent() && m.to().isPresent() && m.from().get().isAfter(m.to().get())) {
                context.report(place.field("to"), "Metric " + Quoted.of(m.name()) + " ends (" + m.to().get()
                        + ") before its period starts (" + m.from().get() + ")");
            }
        });
    }
}

package org.peelkit.rules;

import org.peelkit.model.Quoted;

/**
 * PEEL-021: a metric whose period starts ({@code from}) after it ends ({@code to}). Partial dates
 * are intervals: only a period that certainly runs backwards is reported ({@code 2023-05} to
 * {@code 2023} may be one month, and is not).
 */
final class MetricPeriodInOrder extends CoreRule {

    static final String ID = "PEEL-021";

    MetricPeriodInOrder() {
        super(ID, Severity.ERROR, "a metric whose period starts (from) after it ends (to)");
    }

    @Override
    public void check(RuleContext context) {
        context.forEachAssessment((a, at) -> context.forEachMetric(at, (m, place) -> {
            if (m.from().isPresent() && m.to().isPresent() && m.from().get().isAfter(m.to().get())) {
                context.report(place.field("to"), "Metric " + Quoted.of(m.name()) + " ends (" + m.to().get()
                        + ") before its period starts (" + m.from().get() + ")");
            }
        }));
    }
}

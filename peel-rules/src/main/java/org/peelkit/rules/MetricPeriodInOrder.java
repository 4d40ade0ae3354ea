package org.peelkit.rules;

import org.peelkit.model.Assessment;
import org.peelkit.model.Metric;

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
        for (Assessment a : context.assessments()) {
            String at = context.pointerOf(a);
            for (int i = 0; i < a.metrics().size(); i++) {
                Metric m = a.metrics().get(i);
                if (m.from().isPresent() && m.to().isPresent() && m.from().get().isAfter(m.to().get())) {
                    context.report(context.pointer(m, at, "metrics", i) + "/to", "Metric '" + m.name() + "' ends ("
                            + m.to().get() + ") before its period starts (" + m.from().get() + ")");
                }
            }
        }
    }
}

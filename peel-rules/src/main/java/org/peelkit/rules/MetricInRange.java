package org.peelkit.rules;

import java.math.BigDecimal;
import org.peelkit.io.Place;
import org.peelkit.model.Assessment;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;

/** PEEL-015: a metric out of range: negative count or rate, percent outside 0–100, ci below 0, sample below 1. */
final class MetricInRange extends AssessmentRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    MetricInRange() {
        super("PEEL-015", Severity.ERROR,
                "a metric out of range: negative count or rate, percent outside 0-100, ci < 0, sample < 1");
    }

    @Override
    void check(RuleContext context, Assessment a, Place at) {
        context.forEachMetric(at, (m, path) -> {
                boolean negative = m.value().signum() < 0;
                if (m.unit() == MetricUnit.PERCENT && (negative || m.value().compareTo(HUNDRED) > 0)) {
                    context.report(path.field("value"), "Metric '" + m.name() + "' is " + m.value().toPlainString()
                            + " percent: expected 0 to 100");
                } else if (negative && (m.unit() == MetricUnit.COUNT || m.unit().isRate())) {
                    context.report(path.field("value"), "Metric '" + m.name() + "' is " + m.value().toPlainString()
                            + " (" + m.unit().id() + "): a count or rate cannot be negative");
                }
                m.ci().filter(ci -> ci.signum() < 0).ifPresent(ci -> context.report(path.field("ci"), "Metric '" + m.name()
                        + "' has a confidence interval half-width of " + ci.toPlainString() + ": expected 0 or more"));
                if (m.sample().isPresent() && m.sample().getAsLong() < 1) {
                    context.report(path.field("sample"), "Metric '" + m.name() + "' has a sample of " + m.sample().getAsLong()
                            + ": expected 1 or more");
                }
        });
    }
}

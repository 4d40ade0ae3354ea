package org.peelkit.rules;

import org.peelkit.io.Place;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peelkit.model.Assessment;
import org.peelkit.model.Force;
import org.peelkit.model.Metric;
import org.peelkit.model.MetricUnit;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Quoted;
import org.peelkit.model.Significance;

/**
 * PEEL-016: a metric's significance that disagrees with HMICFRS's rule: a force more than one
 * standard deviation above or below the unweighted average of all forces is significantly
 * different. Checked only where the dataset holds the measure (same name, unit and period) for
 * every PEEL force, since the average of all forces cannot be known otherwise.
 */
final class SignificanceByOneStandardDeviation extends CoreRule {

    SignificanceByOneStandardDeviation() {
        super("PEEL-016", Severity.WARNING, "a metric's significance that disagrees with the one-standard-deviation "
                + "rule, computed over the dataset when it holds that measure for all forces");
    }

    private record Measure(String name, MetricUnit unit, Optional<PartialDate> from, Optional<PartialDate> to) {
    }

    private record Entry(Assessment assessment, Metric metric, Place at) {
    }

    @Override
    public void check(RuleContext context) {
        if (context.assessments().size() < context.catalogue().peelForces().size()) {
            return; // the dataset cannot hold a measure for every force
        }
        Map<Measure, List<Entry>> measures = new LinkedHashMap<>();
        context.forEachAssessment((a, at) -> context.forEachMetric(at, (m, mat) -> {
            Measure key = new Measure(m.name(), m.unit(), m.from(), m.to());
            measures.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(a, m, mat));
        }));
        Set<String> forces = context.catalogue().peelForces().stream().map(Force::id).collect(Collectors.toSet());
        for (List<Entry> entries : measures.values()) {
            Map<String, Double> byForce = new LinkedHashMap<>();
            for (Entry e : entries) {
                if (forces.contains(e.assessment().force())) {
                    byForce.putIfAbsent(e.assessment().force(), e.metric().value().doubleValue());
                }
            }
            if (byForce.size() < forces.size() || forces.isEmpty()) {
                continue;
            }
            double mean = byForce.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double variance = byForce.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / byForce.size();
            double sd = Math.sqrt(variance);
            for (Entry e : entries) {
                if (e.metric().significance().isEmpty()) {
                    continue;
                }
                double v = e.metric().value().doubleValue();
                Significance expected = v > mean + sd ? Significance.ABOVE : v < mean - sd ? Significance.BELOW : Significance.WITHIN;
                Significance given = e.metric().significance().get();
                if (given != expected) {
                    context.report(e.at().field("significance"), "Metric '" + e.metric().name() + "' is "
                            + BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() + ", marked " + Quoted.of(given.id())
                            + ", but the average of all " + byForce.size() + " forces is " + round(mean)
                            + " with one standard deviation of " + round(sd) + ": expected " + Quoted.of(expected.id()) + "");
                }
            }
        }
    }

    private static String round(double d) {
        return BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

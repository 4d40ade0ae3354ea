package org.peelkit.rules;

import org.peelkit.io.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Quoted;

/**
 * PEEL-017: monitoring with {@code to} before {@code from}, or two stages of one force that
 * overlap. Partial dates are intervals: stages that may or may not overlap (one ends in June 2022,
 * the next starts in June 2022) are not reported.
 */
final class MonitoringPeriodsInOrder extends CoreRule {

    MonitoringPeriodsInOrder() {
        super("PEEL-017", Severity.ERROR, "monitoring: to before from, or two stages of one force that overlap");
    }

    private record Indexed(MonitoringPeriod period, Place path) {
    }

    @Override
    public void check(RuleContext context) {
        Map<String, List<Indexed>> byForce = new LinkedHashMap<>();
        context.forEachMonitoringPeriod((m, path) -> {
            if (m.to().isPresent() && m.to().get().isBefore(m.from())) {
                context.report(path.field("to"), "Monitoring of " + Quoted.of(m.force()) + " ends (" + m.to().get()
                        + ") before it starts (" + m.from() + ")");
            }
            byForce.computeIfAbsent(m.force(), f -> new ArrayList<>()).add(new Indexed(m, path));
        });
        for (List<Indexed> periods : byForce.values()) {
            List<Indexed> sorted = new ArrayList<>(periods);
            sorted.sort(Comparator.comparing((Indexed x) -> x.period().from(), PartialDate.BY_START));
            for (int i = 1; i < sorted.size(); i++) {
                MonitoringPeriod before = sorted.get(i - 1).period();
                MonitoringPeriod after = sorted.get(i).period();
                boolean overlaps = before.to().map(to -> after.from().isBefore(to)).orElse(true);
                if (overlaps) {
                    context.report(sorted.get(i).path().field("from"), "Monitoring of " + Quoted.of(after.force()) + " in "
                            + after.stage().label() + " from " + after.from() + " overlaps its " + before.stage().label()
                            + " stage from " + before.from() + (before.to().map(t -> " to " + t).orElse(", which has not ended")));
                }
            }
        }
    }
}

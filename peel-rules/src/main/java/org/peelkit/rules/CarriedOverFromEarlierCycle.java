package org.peelkit.rules;

import org.peelkit.io.Place;

import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Cycle;
import org.peelkit.model.Judgment;
import org.peelkit.model.Quoted;

/** PEEL-009: carriedOverFrom names a cycle that is unknown, not earlier, or not in the same comparability group. */
final class CarriedOverFromEarlierCycle extends JudgmentRule {

    CarriedOverFromEarlierCycle() {
        super("PEEL-009", Severity.ERROR,
                "carriedOverFrom names a cycle that is unknown, not earlier, or not in the same comparability group");
    }

    @Override
    void check(RuleContext context, Assessment assessment, Cycle cycle, Judgment judgment, Place path) {
        if (judgment.carriedOverFrom().isEmpty()) {
            return;
        }
        String from = judgment.carriedOverFrom().get();
        Place at = path.field("carriedOverFrom");
        Optional<Cycle> earlier = context.catalogue().cycle(from);
        if (earlier.isEmpty()) {
            context.report(at, "Judgment is carried over from " + Quoted.of(from) + ", which is not a known cycle");
        } else if (!context.catalogue().isEarlier(from, cycle.id())) {
            context.report(at, "Judgment is carried over from " + earlier.get().name() + ", which is not earlier than "
                    + cycle.name());
        } else if (!earlier.get().isComparableWith(cycle)) {
            context.report(at, "Judgment is carried over from " + earlier.get().name() + ", whose grades are not "
                    + "comparable with " + cycle.name() + " (comparability groups " + earlier.get().comparabilityGroup()
                    + " and " + cycle.comparabilityGroup() + ")");
        }
    }
}

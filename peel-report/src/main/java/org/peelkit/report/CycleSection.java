package org.peelkit.report;

import java.util.Optional;
import org.peelkit.model.Cycle;

/**
 * One cycle on the page: its heatmap and its distribution of grades, and, when the cycle before it
 * on the page was in another comparability group, the notice of the break.
 *
 * <pre>{@code
 * new CycleSection(cycle, heatmap, distribution, Optional.of("PEEL 2021/22 grades are not comparable ..."));
 * }</pre>
 */
record CycleSection(Cycle cycle, Heatmap heatmap, Distribution distribution, Optional<String> breakBefore) {

    /** @return e.g. {@code five-point scale, graded by area, comparability group 2021-22} */
    String description() {
        return cycle.scale().label() + " scale, comparability group " + cycle.comparabilityGroup()
                + (cycle.provisional() ? ", catalogue provisional" : "");
    }
}

package org.peelkit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A time a force spent in one monitoring stage.
 *
 * <pre>{@code
 * MonitoringPeriod met = new MonitoringPeriod("metropolitan", MonitoringStage.ENGAGE,
 *         PartialDate.parse("2022-06"), Optional.empty(),
 *         List.of("PEEL 2021/22 cause of concern on responding to the public"));
 * met.isOngoing(); // true
 * }</pre>
 *
 * @param force   the force id
 * @param stage   scan or engage
 * @param from    when the stage began
 * @param to      when it ended; empty while it lasts
 * @param reasons why the force was placed there
 */
public record MonitoringPeriod(@PeelId String force,
                               MonitoringStage stage,
                               PartialDate from,
                               Optional<PartialDate> to,
                               List<@PeelText String> reasons) {

    /**
     * Checks that nothing is null, and copies the reasons.
     *
     * @param force the force id
     * @param stage scan or engage
     * @param from when the stage began
     * @param to when it ended; empty while it lasts
     * @param reasons why the force was placed there
     */
    public MonitoringPeriod {
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        reasons = List.copyOf(reasons);
    }

    /** @return whether the stage still lasts */
    public boolean isOngoing() {
        return to.isEmpty();
    }
}

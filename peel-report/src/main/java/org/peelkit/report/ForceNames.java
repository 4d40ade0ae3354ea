package org.peelkit.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.Force;
import org.peelkit.model.PartialDate;

/**
 * Forces as the report names and orders them: the catalogue's order, the name HMICFRS printed at
 * the time, and forces the catalogue does not know last, by their id.
 *
 * <pre>{@code
 * new ForceNames(Catalogue.builtIn()).nameIn(assessment, cycle); // "Metropolitan Police Service"
 * }</pre>
 */
final class ForceNames {

    private final Catalogue catalogue;
    private final Map<String, Integer> order = new HashMap<>();

    ForceNames(Catalogue catalogue) {
        this.catalogue = catalogue;
        int i = 0;
        for (Force f : catalogue.forces()) {
            order.put(f.id(), i++);
        }
    }

    /** Catalogue order, then unknown ids alphabetically. */
    Comparator<String> order() {
        return Comparator.<String>comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** The name on the report's publication date, else at the start of the cycle. */
    String nameIn(Assessment a, Cycle cycle) {
        LocalDate on = a.published().map(PartialDate::start).orElse(cycle.window().first());
        return catalogue.force(a.force()).map(f -> f.nameOn(on)).orElse(a.force());
    }

    /** The current name. */
    String name(String forceId) {
        return catalogue.force(forceId).map(Force::name).orElse(forceId);
    }
}

package org.peelkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A police force: the 43 territorial forces of England and Wales that PEEL grades, and the known
 * forces outside PEEL (British Transport Police, Police Scotland and others), so that naming one
 * can be reported as outside PEEL rather than unknown.
 *
 * <pre>{@code
 * Force hampshire = Force.of("hampshire");
 * hampshire.name();                              // "Hampshire and Isle of Wight Constabulary"
 * hampshire.nameOn(LocalDate.of(2019, 1, 1));    // "Hampshire Constabulary"
 * hampshire.onsCode();                           // Optional["E23000030"]
 * Force.of("btp").inPeelScope();                 // false
 * }</pre>
 *
 * @param id          the police.uk slug, e.g. {@code "metropolitan"}
 * @param names       its official names, oldest first; the first has no start date
 * @param onsCode     the ONS police force area code, for territorial forces
 * @param inPeelScope whether PEEL assesses it
 */
public record Force(String id, List<ForceName> names, Optional<String> onsCode, boolean inPeelScope) {

    /**
     * Checks that nothing is null and that there is a name, and copies the names.
     *
     * @param id the police.uk slug, e.g. {@code "metropolitan"}
     * @param names its official names, oldest first; the first has no start date
     * @param onsCode the ONS police force area code, for territorial forces
     * @param inPeelScope whether PEEL assesses it
     */
    public Force {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(onsCode, "onsCode");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("force " + id + " needs at least one name");
        }
    }

    /**
     * Looks a force up in the built-in catalogue.
     *
     * @param id the police.uk slug
     * @return the force
     * @throws UnknownIdException when there is no such force
     */
    public static Force of(String id) {
        return of(id, Catalogue.builtIn());
    }

    /**
     * Looks a force up in a catalogue.
     *
     * @param id        the police.uk slug
     * @param catalogue the catalogue
     * @return the force
     * @throws UnknownIdException when there is no such force
     */
    public static Force of(String id, Catalogue catalogue) {
        return catalogue.force(id).orElseThrow(() -> new UnknownIdException("force", id));
    }

    /** @return the current official name */
    public String name() {
        return names.get(names.size() - 1).name();
    }

    /**
     * @param date a day
     * @return the official name on that day
     */
    public String nameOn(LocalDate date) {
        String name = names.get(0).name();
        for (ForceName n : names) {
            if (n.since().map(since -> !since.isAfter(date)).orElse(true)) {
                name = n.name();
            }
        }
        return name;
    }

    @Override
    public String toString() {
        return name();
    }
}

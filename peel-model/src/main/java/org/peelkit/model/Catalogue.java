package org.peelkit.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The framework as data: every cycle with its scale, questions and window, and every force. Every
 * look-up in peel takes a catalogue and defaults to {@link #builtIn()}, so a newer catalogue (for
 * example when HMICFRS publishes the rest of 2025–27) can be used without a new release:
 * build one with {@link #of(List, List)}, or read one with {@code peel-io}.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.builtIn();
 * catalogue.cycle("2023-25").map(Cycle::name);           // Optional["PEEL 2023–2025"]
 * catalogue.force("metropolitan").map(Force::onsCode);   // Optional[Optional["E23000001"]]
 * catalogue.question("2016", "effectiveness");           // Optional[2016:effectiveness]
 * catalogue.peelForces().size();                          // 43
 * }</pre>
 */
public final class Catalogue {

    private final List<Cycle> cycles;
    private final List<Force> forces;
    private final Map<String, Cycle> cyclesById = new LinkedHashMap<>();
    private final Map<String, Integer> cycleIndex = new LinkedHashMap<>();
    private final Map<String, Force> forcesById = new LinkedHashMap<>();
    private final List<Force> peelForces;

    private Catalogue(List<Cycle> cycles, List<Force> forces) {
        this.cycles = List.copyOf(cycles);
        this.forces = List.copyOf(forces);
        for (Cycle cycle : this.cycles) {
            if (cyclesById.putIfAbsent(cycle.id(), cycle) != null) {
                throw new PeelException("Catalogue lists cycle '" + cycle.id() + "' twice");
            }
            cycleIndex.put(cycle.id(), cycleIndex.size());
            Set<String> questionIds = new HashSet<>();
            for (Question q : cycle.questions()) {
                if (!q.cycle().equals(cycle.id())) {
                    throw new PeelException("Question '" + q.id() + "' is listed under cycle '" + cycle.id()
                            + "' but says it belongs to '" + q.cycle() + "'");
                }
                if (!questionIds.add(q.id())) {
                    throw new PeelException("Cycle '" + cycle.id() + "' lists question '" + q.id() + "' twice");
                }
            }
        }
        for (Force force : this.forces) {
            if (forcesById.putIfAbsent(force.id(), force) != null) {
                throw new PeelException("Catalogue lists force '" + force.id() + "' twice");
            }
        }
        this.peelForces = this.forces.stream().filter(Force::inPeelScope).toList();
    }

    /**
     * Builds a catalogue. Cycles are listed oldest first: that order is the catalogue's chronology.
     *
     * @param cycles the cycles, oldest first
     * @param forces the forces
     * @return the catalogue
     * @throws PeelException when an id is listed twice, or a question names another cycle
     */
    public static Catalogue of(List<Cycle> cycles, List<Force> forces) {
        return new Catalogue(cycles, forces);
    }

    /** @return the catalogue built into this release of peel (PEEL 2014 to 2025–27, provisional) */
    public static Catalogue builtIn() {
        return BuiltInCatalogue.INSTANCE;
    }

    /** @return the cycles, oldest first */
    public List<Cycle> cycles() {
        return cycles;
    }

    /** @return every force, in PEEL and outside it */
    public List<Force> forces() {
        return forces;
    }

    /** @return the forces that PEEL assesses */
    public List<Force> peelForces() {
        return peelForces;
    }

    /**
     * @param id a cycle id
     * @return the cycle, or empty
     */
    public Optional<Cycle> cycle(String id) {
        return Optional.ofNullable(cyclesById.get(id));
    }

    /**
     * @param id a force id (police.uk slug)
     * @return the force, or empty
     */
    public Optional<Force> force(String id) {
        return Optional.ofNullable(forcesById.get(id));
    }

    /**
     * @param cycleId    a cycle id
     * @param questionId a question id
     * @return the question, or empty when the cycle or the question is unknown
     */
    public Optional<Question> question(String cycleId, String questionId) {
        return cycle(cycleId).flatMap(c -> c.question(questionId));
    }

    /**
     * Orders cycle ids oldest first, as this catalogue lists the cycles; ids it does not hold come
     * last, by id.
     *
     * <pre>{@code
     * ids.sort(Catalogue.builtIn().cycleOrder()); // [2014, 2016, 2023-25, 2030]
     * }</pre>
     *
     * @return the comparator
     */
    public Comparator<String> cycleOrder() {
        return Comparator.comparing((String id) -> cycleIndex.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * @param earlier a cycle id
     * @param later   a cycle id
     * @return whether both are in this catalogue and {@code earlier} comes first
     */
    public boolean isEarlier(String earlier, String later) {
        Integer a = cycleIndex.get(earlier);
        Integer b = cycleIndex.get(later);
        return a != null && b != null && a < b;
    }

    @Override
    public String toString() {
        return "Catalogue[" + cycles.size() + " cycles, " + forces.size() + " forces]";
    }
}

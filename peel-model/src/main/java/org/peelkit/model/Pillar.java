package org.peelkit.model;

import java.util.Optional;

/**
 * The three pillars that gave PEEL its name. Cycles from 2014 to 2018/19 grade by pillar and
 * question; from 2021/22 HMICFRS grades areas only, with no pillars.
 *
 * <pre>{@code
 * Pillar.EFFECTIVENESS.id(); // "effectiveness", also the pillar's question id
 * }</pre>
 */
public enum Pillar implements Vocabulary {
    /** Police effectiveness. */
    EFFECTIVENESS("effectiveness", "Effectiveness"),
    /** Police efficiency. */
    EFFICIENCY("efficiency", "Efficiency"),
    /** Police legitimacy. */
    LEGITIMACY("legitimacy", "Legitimacy");

    private final String id;
    private final String label;

    Pillar(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return e.g. {@code "Effectiveness"} */
    public String label() {
        return label;
    }

    /**
     * @param id e.g. {@code "legitimacy"}
     * @return the pillar, or empty
     */
    public static Optional<Pillar> fromId(String id) {
        return Vocabulary.fromId(Pillar.class, id);
    }
}

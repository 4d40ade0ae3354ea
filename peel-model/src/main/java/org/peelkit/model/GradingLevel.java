package org.peelkit.model;

/**
 * What a cycle grades: pillars and their questions (2014 to 2018/19), or areas only (from 2021/22).
 *
 * <pre>{@code
 * Cycle.of("2016").gradingLevel();    // PILLARS
 * Cycle.of("2023-25").gradingLevel(); // AREAS
 * }</pre>
 */
public enum GradingLevel implements Vocabulary {
    /** Pillars and the questions under them. */
    PILLARS("pillars"),
    /** Areas (core questions) only; no pillar grades. */
    AREAS("areas");

    private final String id;

    GradingLevel(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

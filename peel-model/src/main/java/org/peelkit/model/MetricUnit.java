package org.peelkit.model;

import java.util.Optional;

/**
 * The unit of a metric, as HMICFRS reports give them ("per 1,000 population", "per 1,000 arrests").
 *
 * <pre>{@code
 * MetricUnit.fromId("per-1000-population"); // Optional[PER_1000_POPULATION]
 * MetricUnit.PERCENT.isRate();               // false
 * }</pre>
 */
public enum MetricUnit implements Vocabulary {
    /** A percentage, 0 to 100; a confidence interval is in percentage points. */
    PERCENT("percent"),
    /** Per 1,000 population, on the latest ONS mid-year estimate. */
    PER_1000_POPULATION("per-1000-population"),
    /** Per 100,000 population. */
    PER_100000_POPULATION("per-100000-population"),
    /** Per 1,000 arrests (pre-charge bail, released under investigation). */
    PER_1000_ARRESTS("per-1000-arrests"),
    /** A count. */
    COUNT("count"),
    /** Pounds sterling. */
    GBP("gbp"),
    /** Pounds sterling per 1,000 population. */
    GBP_PER_1000_POPULATION("gbp-per-1000-population");

    private final String id;

    MetricUnit(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return whether the unit is a rate per some population or count */
    public boolean isRate() {
        return this == PER_1000_POPULATION || this == PER_100000_POPULATION || this == PER_1000_ARRESTS
                || this == GBP_PER_1000_POPULATION;
    }

    /**
     * @param id e.g. {@code "percent"}
     * @return the unit, or empty
     */
    public static Optional<MetricUnit> fromId(String id) {
        return Vocabulary.fromId(MetricUnit.class, id);
    }
}

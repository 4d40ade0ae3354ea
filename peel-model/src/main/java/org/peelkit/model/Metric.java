package org.peelkit.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A measure a report gives, with its unit, period and comparator. Numbers are {@link BigDecimal}
 * so that {@code 94.6} stays {@code 94.6} and {@code 265} stays {@code 265}.
 *
 * <pre>{@code
 * Metric m = Metric.of("stop-and-search-reasonable-grounds", new BigDecimal("94.6"), MetricUnit.PERCENT)
 *         .withPeriod(PartialDate.parse("2022-10-01"), PartialDate.parse("2023-09-30"))
 *         .withConfidenceInterval(new BigDecimal("2.6"))
 *         .withSample(280);
 * }</pre>
 *
 * @param name         lower-kebab-case, e.g. {@code 999-calls-answered-within-10s}
 * @param value        the value
 * @param unit         its unit
 * @param from         the first day of the period measured
 * @param to           the last day of the period measured
 * @param ci           half-width of a confidence interval, in the value's unit
 * @param sample       the sample size behind the value
 * @param average      the England and Wales average for the same measure and period
 * @param significance against one standard deviation of the unweighted average of all forces
 */
public record Metric(@PeelId String name, BigDecimal value, MetricUnit unit, Optional<PartialDate> from,
                     Optional<PartialDate> to, Optional<BigDecimal> ci, OptionalLong sample,
                     Optional<BigDecimal> average, Optional<Significance> significance) {

    /**
     * Checks that nothing is null.
     *
     * @param name lower-kebab-case, e.g. {@code 999-calls-answered-within-10s}
     * @param value the value
     * @param unit its unit
     * @param from the first day of the period measured
     * @param to the last day of the period measured
     * @param ci half-width of a confidence interval, in the value's unit
     * @param sample the sample size behind the value
     * @param average the England and Wales average for the same measure and period
     * @param significance against one standard deviation of the unweighted average of all forces
     */
    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(ci, "ci");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(significance, "significance");
    }

    /**
     * @param name  the metric's name
     * @param value its value
     * @param unit  its unit
     * @return a metric with nothing else known
     */
    public static Metric of(String name, BigDecimal value, MetricUnit unit) {
        return new Metric(name, value, unit, Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param first the first day measured
     * @param last  the last day measured
     * @return a copy with that period
     */
    public Metric withPeriod(PartialDate first, PartialDate last) {
        return new Metric(name, value, unit, Optional.of(first), Optional.of(last), ci, sample, average, significance);
    }

    /**
     * @param halfWidth half-width of the confidence interval
     * @return a copy with that interval
     */
    public Metric withConfidenceInterval(BigDecimal halfWidth) {
        return new Metric(name, value, unit, from, to, Optional.of(halfWidth), sample, average, significance);
    }

    /**
     * @param size the sample size
     * @return a copy with that sample size
     */
    public Metric withSample(long size) {
        return new Metric(name, value, unit, from, to, ci, OptionalLong.of(size), average, significance);
    }

    /**
     * @param englandAndWales the England and Wales average
     * @return a copy with that average
     */
    public Metric withAverage(BigDecimal englandAndWales) {
        return new Metric(name, value, unit, from, to, ci, sample, Optional.of(englandAndWales), significance);
    }

    /**
     * @param against where the value lies against the average of all forces
     * @return a copy with that significance
     */
    public Metric withSignificance(Significance against) {
        return new Metric(name, value, unit, from, to, ci, sample, average, Optional.of(against));
    }
}

package org.peelkit.model;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One force's PEEL assessment in one cycle: its judgments, findings and metrics.
 *
 * <p>The record holds what a document says, even when that is wrong (an unknown force, a grade
 * off the cycle's scale, a missing area): {@code peel-rules} reports such problems; the record
 * only refuses nulls.
 *
 * <pre>{@code
 * Assessment met = Assessment.builder("metropolitan", "2023-25")
 *         .published(PartialDate.parse("2024-08-15"))
 *         .inspector("Lee Freeman")
 *         .judgment(Judgment.of("investigating-crime", Grade.INADEQUATE))
 *         .judgment(Judgment.of("victim-service-assessment", JudgmentStatus.UNGRADED))
 *         .partial(true)
 *         .build();
 * met.judgment("investigating-crime").flatMap(Judgment::grade); // Optional[INADEQUATE]
 * }</pre>
 *
 * @param force     the force id
 * @param cycle     the cycle id
 * @param published the publication date of the report
 * @param inspector the HM Inspector who signed it
 * @param partial   true when the document deliberately holds only some of the cycle's judgments
 * @param judgments the judgments
 * @param findings  the findings
 * @param metrics   the metrics
 * @param source    where the data was taken from (a URI)
 */
public record Assessment(@PeelId String force,
                         @PeelId String cycle,
                         Optional<PartialDate> published,
                         Optional<@PeelText String> inspector,
                         boolean partial,
                         List<@Valid Judgment> judgments,
                         List<@Valid Finding> findings,
                         List<@Valid Metric> metrics,
                         Optional<@PeelText String> source) {

    /**
     * Checks that nothing is null, and copies the lists.
     *
     * @param force the force id
     * @param cycle the cycle id
     * @param published the publication date of the report
     * @param inspector the HM Inspector who signed it
     * @param partial true when the document deliberately holds only some of the cycle's judgments
     * @param judgments the judgments
     * @param findings the findings
     * @param metrics the metrics
     * @param source where the data was taken from (a URI)
     */
    public Assessment {
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(inspector, "inspector");
        Objects.requireNonNull(source, "source");
        judgments = List.copyOf(judgments);
        findings = List.copyOf(findings);
        metrics = List.copyOf(metrics);
    }

    /**
     * @param force the force id
     * @param cycle the cycle id
     * @return a builder
     */
    public static Builder builder(String force, String cycle) {
        return new Builder(force, cycle);
    }

    /** @return a builder that starts from this assessment */
    public Builder toBuilder() {
        Builder b = new Builder(force, cycle);
        b.published = published;
        b.inspector = inspector;
        b.partial = partial;
        b.judgments.addAll(judgments);
        b.findings.addAll(findings);
        b.metrics.addAll(metrics);
        b.source = source;
        return b;
    }

    /**
     * @param question a question id
     * @return the first judgment of that question, if any
     */
    public Optional<Judgment> judgment(String question) {
        return judgments.stream().filter(j -> j.question().equals(question)).findFirst();
    }

    /**
     * Builds an {@link Assessment}. Not thread-safe; the assessment it builds is.
     *
     * <pre>{@code
     * Assessment a = Assessment.builder("kent", "2021-22").judgment(Judgment.of("preventing-crime", Grade.GOOD)).build();
     * }</pre>
     */
    public static final class Builder {
        private final String force;
        private final String cycle;
        private Optional<PartialDate> published = Optional.empty();
        private Optional<String> inspector = Optional.empty();
        private boolean partial;
        private final List<Judgment> judgments = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Metric> metrics = new ArrayList<>();
        private Optional<String> source = Optional.empty();

        private Builder(String force, String cycle) {
            this.force = Objects.requireNonNull(force, "force");
            this.cycle = Objects.requireNonNull(cycle, "cycle");
        }

        /**
         * @param date the publication date
         * @return this builder
         */
        public Builder published(PartialDate date) {
            this.published = Optional.of(date);
            return this;
        }

        /**
         * @param name the HM Inspector
         * @return this builder
         */
        public Builder inspector(String name) {
            this.inspector = Optional.of(name);
            return this;
        }

        /**
         * @param value whether the document deliberately holds only some judgments
         * @return this builder
         */
        public Builder partial(boolean value) {
            this.partial = value;
            return this;
        }

        /**
         * @param judgment a judgment to add
         * @return this builder
         */
        public Builder judgment(Judgment judgment) {
            judgments.add(Objects.requireNonNull(judgment, "judgment"));
            return this;
        }

        /**
         * @param values judgments to add
         * @return this builder
         */
        public Builder judgments(List<Judgment> values) {
            values.forEach(this::judgment);
            return this;
        }

        /**
         * @param finding a finding to add
         * @return this builder
         */
        public Builder finding(Finding finding) {
            findings.add(Objects.requireNonNull(finding, "finding"));
            return this;
        }

        /**
         * @param metric a metric to add
         * @return this builder
         */
        public Builder metric(Metric metric) {
            metrics.add(Objects.requireNonNull(metric, "metric"));
            return this;
        }

        /**
         * @param uri where the data was taken from
         * @return this builder
         */
        public Builder source(String uri) {
            this.source = Optional.of(uri);
            return this;
        }

        /** @return the assessment */
        public Assessment build() {
            return new Assessment(force, cycle, published, inspector, partial, judgments, findings, metrics, source);
        }
    }
}

package org.peelkit.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.Place;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Finding;
import org.peelkit.model.Judgment;
import org.peelkit.model.Metric;
import org.peelkit.model.MonitoringPeriod;
import org.peelkit.model.Recommendation;

/**
 * What a {@link Rule} sees: the document's assessments and monitoring periods, the catalogue to
 * check them against, and where to report. Its traversal hands each node over with its
 * {@link Place}, so a rule reports at {@code at.field("grade")} and never builds a JSON Pointer;
 * places work out their pointers and locations only when a finding is reported. One context per
 * rule and document; not shared between threads.
 *
 * <pre>{@code
 * public void check(RuleContext context) {
 *     context.forEachJudgment((judgment, at) -> {
 *         if (judgment.grade().isEmpty() && judgment.status().isEmpty()) {
 *             context.report(at, "Judgment of '" + judgment.question() + "' has neither a grade nor a status");
 *         }
 *     });
 * }
 * }</pre>
 */
public final class RuleContext {

    private final PeelDocument document;
    private final Catalogue catalogue;
    private final Rule rule;
    private final FindingCollector sink;
    /** The rule's position among the validator's rules: its findings are kept in that order. */
    private final int order;

    RuleContext(PeelDocument document, Catalogue catalogue, Rule rule, FindingCollector sink, int order) {
        this.document = document;
        this.catalogue = catalogue;
        this.rule = rule;
        this.sink = sink;
        this.order = order;
    }

    /** @return the catalogue the document is checked against */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @return the document being checked */
    public PeelDocument document() {
        return document;
    }

    /** @return the assessments, in document order */
    public List<Assessment> assessments() {
        return document.dataset().assessments();
    }

    /** @return the monitoring periods, in document order */
    public List<MonitoringPeriod> monitoring() {
        return document.dataset().monitoring();
    }

    /**
     * @param assessment an assessment of this document
     * @return its cycle, when the catalogue knows it
     */
    public Optional<Cycle> cycleOf(Assessment assessment) {
        return catalogue.cycle(assessment.cycle());
    }

    // ---- located traversal ---------------------------------------------------------------------

    /** @param action given each assessment and where it stands */
    public void forEachAssessment(BiConsumer<Assessment, Place> action) {
        List<Assessment> all = assessments();
        for (int i = 0; i < all.size(); i++) {
            action.accept(all.get(i), document.assessmentAt(i));
        }
    }

    /** @param action given each judgment of every assessment and where it stands */
    public void forEachJudgment(BiConsumer<Judgment, Place> action) {
        forEachAssessment((a, at) -> forEachJudgment(at, action));
    }

    /**
     * @param assessment where an assessment stands, as {@link #forEachAssessment} gives it
     * @param action     given each of its judgments and where it stands
     */
    public void forEachJudgment(Place assessment, BiConsumer<Judgment, Place> action) {
        List<Judgment> judgments = ((Assessment) assessment.node()).judgments();
        for (int i = 0; i < judgments.size(); i++) {
            action.accept(judgments.get(i), assessment.element("judgments", i, judgments.get(i)));
        }
    }

    /**
     * @param assessment where an assessment stands
     * @param action     given each of its findings (causes of concern, areas for improvement...) and where it stands
     */
    public void forEachFinding(Place assessment, BiConsumer<Finding, Place> action) {
        List<Finding> findings = ((Assessment) assessment.node()).findings();
        for (int i = 0; i < findings.size(); i++) {
            action.accept(findings.get(i), assessment.element("findings", i, findings.get(i)));
        }
    }

    /**
     * @param concern where a cause of concern stands, as {@link #forEachFinding} gives it
     * @param action  given each of its recommendations and where it stands
     */
    public void forEachRecommendation(Place concern, BiConsumer<Recommendation, Place> action) {
        if (concern.node() instanceof CauseOfConcern c) {
            for (int i = 0; i < c.recommendations().size(); i++) {
                action.accept(c.recommendations().get(i), concern.element("recommendations", i, c.recommendations().get(i)));
            }
        }
    }

    /**
     * @param assessment where an assessment stands
     * @param action     given each of its metrics and where it stands
     */
    public void forEachMetric(Place assessment, BiConsumer<Metric, Place> action) {
        List<Metric> metrics = ((Assessment) assessment.node()).metrics();
        for (int i = 0; i < metrics.size(); i++) {
            action.accept(metrics.get(i), assessment.element("metrics", i, metrics.get(i)));
        }
    }

    /** @param action given each monitoring period and where it stands */
    public void forEachMonitoringPeriod(BiConsumer<MonitoringPeriod, Place> action) {
        for (int i = 0; i < monitoring().size(); i++) {
            action.accept(monitoring().get(i), document.monitoringAt(i));
        }
    }

    // ---- reporting -----------------------------------------------------------------------------

    /**
     * Reports a finding with the rule's severity.
     *
     * @param at      the most specific value at fault, e.g. {@code judgmentAt.field("grade")}
     * @param message one sentence naming the value found and what was expected
     */
    public void report(Place at, String message) {
        sink.add(rule, order, rule.severity(), at, message);
    }

    /**
     * Reports a finding with a severity of its own (for rules whose severity depends on the case,
     * such as PEEL-013), unless the validator's configuration overrides the rule's severity.
     *
     * @param severity the severity
     * @param at       the most specific value at fault
     * @param message  one sentence naming the value found and what was expected
     */
    public void report(Severity severity, Place at, String message) {
        sink.add(rule, order, severity, at, message);
    }
}

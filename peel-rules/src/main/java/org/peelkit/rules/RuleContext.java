package org.peelkit.rules;

import java.util.List;
import java.util.Optional;
import org.peelkit.io.SourceMap;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Cycle;
import org.peelkit.model.MonitoringPeriod;

/**
 * What a {@link Rule} sees: the document's assessments and monitoring periods, the catalogue to
 * check them against, their JSON Pointers, and where to report. One context per rule and
 * document; not shared between threads.
 *
 * <pre>{@code
 * public void check(RuleContext context) {
 *     for (Assessment a : context.assessments()) {
 *         String at = context.pointerOf(a);
 *         for (int i = 0; i < a.judgments().size(); i++) {
 *             Judgment j = a.judgments().get(i);
 *             String path = context.pointer(j, at, "judgments", i);
 *             ...
 *             context.report(path + "/grade", "Grade 'x' is ...");
 *         }
 *     }
 * }
 * }</pre>
 */
public final class RuleContext {

    private final Document document;
    private final Rule rule;
    private final FindingSink sink;

    RuleContext(Document document, Rule rule, FindingSink sink) {
        this.document = document;
        this.rule = rule;
        this.sink = sink;
    }

    /** @return the catalogue the document is checked against */
    public Catalogue catalogue() {
        return document.catalogue();
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
        return document.catalogue().cycle(assessment.cycle());
    }

    /**
     * @param assessment an assessment of this document
     * @return its JSON Pointer: {@code ""} in an assessment document, {@code /assessments/3} in a dataset
     */
    public String pointerOf(Assessment assessment) {
        return document.pointerOf(assessment);
    }

    /**
     * The JSON Pointer of an element of a list of the document: where it was read from when a bad
     * element before it was left out while reading, or else {@code parent/list/index}.
     *
     * <pre>{@code
     * String path = context.pointer(judgment, context.pointerOf(a), "judgments", i);
     * }</pre>
     *
     * @param element the element
     * @param parent  the pointer of the object holding the list
     * @param list    the list's field name
     * @param index   the element's index in the model's list
     * @return the pointer
     */
    public String pointer(Object element, String parent, String list, int index) {
        Optional<String> bound = document.sourceMap().pointerOf(element);
        return bound.isPresent() ? bound.get() : parent + "/" + list + "/" + index;
    }

    /**
     * Reports a finding with the rule's severity.
     *
     * @param path    JSON Pointer to the most specific value at fault
     * @param message one sentence naming the value found and what was expected
     */
    public void report(String path, String message) {
        sink.add(rule, rule.severity(), path, message);
    }

    /**
     * Reports a finding with a severity of its own (for rules whose severity depends on the case,
     * such as PEEL-013), unless the validator's configuration overrides the rule's severity.
     *
     * @param severity the severity
     * @param path     JSON Pointer to the most specific value at fault
     * @param message  one sentence naming the value found and what was expected
     */
    public void report(Severity severity, String path, String message) {
        sink.add(rule, severity, path, message);
    }

    /** The document being validated, with what is known of where its values stood. */
    static final class Document {
        private final Catalogue catalogue;
        private final org.peelkit.model.Dataset dataset;
        private final SourceMap sourceMap;
        private final boolean assessmentDocument;
        private java.util.Map<Assessment, Integer> positions;

        Document(Catalogue catalogue, org.peelkit.model.Dataset dataset, SourceMap sourceMap, boolean assessmentDocument) {
            this.catalogue = catalogue;
            this.dataset = dataset;
            this.sourceMap = sourceMap;
            this.assessmentDocument = assessmentDocument;
        }

        Catalogue catalogue() {
            return catalogue;
        }

        org.peelkit.model.Dataset dataset() {
            return dataset;
        }

        SourceMap sourceMap() {
            return sourceMap;
        }

        String pointerOf(Assessment a) {
            Optional<String> bound = sourceMap.pointerOf(a);
            if (bound.isPresent()) {
                return bound.get();
            }
            if (assessmentDocument) {
                return "";
            }
            if (positions == null) {
                positions = new java.util.IdentityHashMap<>();
                List<Assessment> all = dataset.assessments();
                for (int i = all.size() - 1; i >= 0; i--) {
                    positions.put(all.get(i), i);
                }
            }
            return "/assessments/" + positions.getOrDefault(a, -1);
        }
    }

    /** Where findings go. */
    interface FindingSink {
        void add(Rule rule, Severity severity, String path, String message);
    }
}

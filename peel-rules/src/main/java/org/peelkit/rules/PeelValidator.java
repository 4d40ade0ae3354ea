package org.peelkit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.PeelReader;
import org.peelkit.io.PendingDocument;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Dataset;

/**
 * Validates PEEL data against the core rules PEEL-001 to PEEL-021 and any rules you add, and
 * returns every finding, never stopping at the first. It takes {@link PeelDocument}s, whatever they
 * were read from ({@link PeelReader} chooses the reader), or objects built in code; problems found
 * while reading and rule findings come out as one list, each with severity, rule, JSON Pointer,
 * location and message, and one bad value gives one finding ({@code FindingCollector}'s policy).
 *
 * <p>Built once, immutable and thread-safe: share one validator.
 *
 * <pre>{@code
 * PeelValidator validator = PeelValidator.builder()
 *         .disable("PEEL-011")                       // turn a rule off
 *         .severity("PEEL-013", Severity.WARNING)    // or change its severity
 *         .rule(new SourceIsHmicfrs())               // add your own (or list it for ServiceLoader)
 *         .build();
 * ValidationReport report = validator.validate(PeelJson.standard().readDocument(Path.of("data.json")));
 * report.findings().forEach(System.out::println);
 * try (Stream<PeelDocument> records = PeelReader.standard().read(Path.of("data.jsonl"))) {
 *     ValidationSummary s = validator.validate(records, "data.jsonl", System.out::println);  // findings streamed
 * }
 * }</pre>
 */
public final class PeelValidator {

    private static final class Standard {
        static final PeelValidator INSTANCE = builder().build();
    }

    private final Catalogue catalogue;
    private final List<Rule> rules;
    private final Map<String, Severity> overrides;
    private final Set<String> disabled;
    private final boolean strict;

    private PeelValidator(Builder b) {
        this.catalogue = b.catalogue;
        this.rules = List.copyOf(b.enabledRules());
        this.overrides = Map.copyOf(b.overrides);
        this.disabled = Set.copyOf(b.disabled);
        this.strict = b.strict;
    }

    /** @return a shared validator with the built-in catalogue, every core rule and the rules ServiceLoader finds */
    public static PeelValidator standard() {
        return Standard.INSTANCE;
    }

    /** @return a builder, starting from the built-in catalogue and every core rule */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the rules this validator runs, in order */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the catalogue data is checked against */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * @param assessment an assessment built in code
     * @return every finding; paths are relative to the assessment
     */
    public ValidationReport validate(Assessment assessment) {
        return validate(PeelDocument.of(assessment));
    }

    /**
     * @param dataset a dataset built in code
     * @return every finding; paths start {@code /assessments/N} or {@code /monitoring/N}
     */
    public ValidationReport validate(Dataset dataset) {
        return validate(PeelDocument.of(dataset));
    }

    /**
     * @param document a document as any reader gives it, with the problems met while reading
     * @return every finding, located in the input
     */
    public ValidationReport validate(PeelDocument document) {
        return new ValidationReport(document.source(), document.dataset().assessments().size(), check(document));
    }

    /**
     * Validates documents one at a time, such as the records of a JSON Lines stream, gathering every
     * finding into one report: memory grows with the findings (not the documents). Each is checked on
     * its own, so rules across assessments (PEEL-014, PEEL-016) see one document at a time. For
     * files of any size, stream the findings instead ({@link #validate(Stream, String, Consumer)}).
     *
     * @param documents the documents, e.g. from {@link PeelReader#read}; not closed
     * @param source    a name for the input in the report
     * @return every finding of every document
     */
    public ValidationReport validate(Stream<PeelDocument> documents, String source) {
        List<ValidationFinding> findings = new ArrayList<>();
        ValidationSummary summary = validate(documents, source, findings::add);
        return new ValidationReport(source, summary.assessments(), findings);
    }

    /**
     * Validates documents one at a time, on the caller's thread, handing each finding to the sink as
     * it is found, in document order: memory stays flat however many documents and findings there
     * are. A {@link org.peelkit.io.PeelReadException} met part way through the stream reaches the
     * caller after the findings before it.
     *
     * <pre>{@code
     * ValidationSummary s = validator.validate(records, "grades.jsonl", f -> out.println(f));
     * }</pre>
     *
     * @param documents the documents, e.g. from {@link PeelReader#read}; not closed
     * @param source    a name for the input in the summary
     * @param sink      takes each finding
     * @return the counts
     */
    public ValidationSummary validate(Stream<PeelDocument> documents, String source, Consumer<? super ValidationFinding> sink) {
        Objects.requireNonNull(sink, "sink");
        ValidationSummary.Counter counter = new ValidationSummary.Counter();
        documents.forEach(d -> {
            counter.assessments(d.dataset().assessments().size());
            for (ValidationFinding f : check(d)) {
                counter.count(f);
                sink.accept(f);
            }
        });
        return counter.summary(Objects.requireNonNull(source, "source"));
    }

    /**
     * Reads and validates documents on every core, such as the records of a large JSON Lines file
     * from {@link PeelReader#split}, and hands the findings to the sink on the caller's thread in
     * input order, exactly as {@link #validate(Stream, String, Consumer)} would. The caller's thread
     * splits the input while workers read and validate batches of records; splitting waits while
     * the records not yet handed out hold more than a sixteenth of the heap (between 1 MiB and
     * 64 MiB), so memory is bounded whatever the input or its findings. A failure (a record that is
     * not readable, a sink that throws) reaches the caller after every finding before it.
     *
     * <pre>{@code
     * try (Stream<PendingDocument> records = PeelReader.standard().split(Path.of("grades.jsonl"))) {
     *     ValidationSummary s = PeelValidator.standard().validateInParallel(records, "grades.jsonl", System.out::println);
     * }
     * }</pre>
     *
     * @param documents the documents not read yet; not closed
     * @param source    a name for the input in the summary
     * @param sink      takes each finding, in input order, on the caller's thread
     * @return the counts
     */
    public ValidationSummary validateInParallel(Stream<PendingDocument> documents, String source,
                                                Consumer<? super ValidationFinding> sink) {
        return validateInParallel(documents, source, Runtime.getRuntime().availableProcessors(), sink);
    }

    /**
     * @param documents the documents not read yet; not closed
     * @param source    a name for the input in the summary
     * @param threads   how many worker threads read and validate, at least 1
     * @param sink      takes each finding, in input order, on the caller's thread
     * @return the counts
     * @see #validateInParallel(Stream, String, Consumer)
     */
    public ValidationSummary validateInParallel(Stream<PendingDocument> documents, String source, int threads,
                                                Consumer<? super ValidationFinding> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        long budget = Math.max(1L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16));
        return new ParallelValidation(this::check, threads, budget)
                .run(documents.iterator(), Objects.requireNonNull(source, "source"), Objects.requireNonNull(sink, "sink"));
    }

    private List<ValidationFinding> check(PeelDocument document) {
        FindingCollector collector = new FindingCollector(document, this::severity, this::readSeverity, disabled);
        DocumentWalk.run(rules, document, catalogue, collector);
        return collector.findings();
    }

    /** A read problem's severity: its rule's (PEEL-020, a byte order mark, is a warning), else error. */
    private Severity readSeverity(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).map(Rule::severity).findFirst().orElse(Severity.ERROR);
    }

    private Severity severity(String ruleId, Severity given) {
        Severity s = overrides.getOrDefault(ruleId, given);
        return strict && s == Severity.WARNING ? Severity.ERROR : s;
    }

    /**
     * Builds a {@link PeelValidator}. Not thread-safe; the validator it builds is.
     *
     * <pre>{@code
     * PeelValidator v = PeelValidator.builder().catalogue(myCatalogue).strict(true).build();
     * }</pre>
     */
    public static final class Builder {
        private Catalogue catalogue = Catalogue.builtIn();
        private final List<Rule> added = new ArrayList<>();
        private final Map<String, Severity> overrides = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();
        private boolean strict;
        private boolean serviceRules = true;

        private Builder() {
        }

        /**
         * @param value the catalogue to check data against
         * @return this builder
         */
        public Builder catalogue(Catalogue value) {
            this.catalogue = Objects.requireNonNull(value, "catalogue");
            return this;
        }

        /**
         * @param rule a rule to run after the core rules
         * @return this builder
         */
        public Builder rule(Rule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * @param ruleId a rule id, e.g. {@code "PEEL-011"}
         * @return this builder
         */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * @param ruleId   a rule id
         * @param severity the severity all its findings get
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            overrides.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * @param value true to turn warnings into errors
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * @param value false to ignore rules listed in {@code META-INF/services/org.peelkit.rules.Rule}
         * @return this builder
         */
        public Builder serviceRules(boolean value) {
            this.serviceRules = value;
            return this;
        }

        private List<Rule> enabledRules() {
            Map<String, Rule> all = new LinkedHashMap<>();
            List<Rule> candidates = new ArrayList<>(CoreRules.all());
            if (serviceRules) {
                ServiceLoader.load(Rule.class).forEach(candidates::add);
            }
            candidates.addAll(added);
            for (Rule r : candidates) {
                if (r.id() == null || r.id().isBlank()) {
                    throw new IllegalArgumentException("Rule " + r.getClass().getName() + " has no id");
                }
                if (all.putIfAbsent(r.id(), r) != null) {
                    throw new IllegalArgumentException("Two rules have the id '" + r.id() + "': ids must be unique");
                }
            }
            for (String id : disabled) {
                known(all, id);
            }
            for (String id : overrides.keySet()) {
                known(all, id);
            }
            return all.values().stream().filter(r -> !disabled.contains(r.id())).toList();
        }

        private static void known(Map<String, Rule> all, String id) {
            if (!all.containsKey(id)) {
                throw new IllegalArgumentException("Unknown rule id '" + id + "': expected one of " + String.join(", ", all.keySet()));
            }
        }

        /**
         * @return the validator
         * @throws IllegalArgumentException when the builder is misconfigured: a rule id named is unknown, a
         *     rule has no id, or two rules share an id
         */
        public PeelValidator build() {
            return new PeelValidator(this);
        }
    }
}

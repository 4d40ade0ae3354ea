package org.peelkit.rules;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.peelkit.io.GradeTable;
import org.peelkit.io.JsonLine;
import org.peelkit.io.PeelJson;
import org.peelkit.io.PeelReadException;
import org.peelkit.io.ReadProblem;
import org.peelkit.io.ReadResult;
import org.peelkit.io.SourceMap;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.Dataset;

/**
 * Validates PEEL data against the core rules PEEL-001 to PEEL-019 and any rules you add, and
 * returns every finding, never stopping at the first. Problems found while reading and rule
 * findings come out as one list, each with severity, rule, JSON Pointer, line, column and message.
 *
 * <p>Built once, immutable and thread-safe: share one validator.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *         .disable("PEEL-011")                       // turn a rule off
 *         .severity("PEEL-013", Severity.WARNING)    // or change its severity
 *         .rule(new SourceIsHmicfrs())               // add your own (or list it for ServiceLoader)
 *         .build();
 * ValidationReport report = validator.validate(Path.of("data.json")); // .json, .jsonl, .ndjson or .csv
 * report.findings().forEach(System.out::println);
 * boolean ok = report.isValid();
 * }</pre>
 */
public final class Validator {

    private static final class Standard {
        static final Validator INSTANCE = builder().build();
    }

    private final Catalogue catalogue;
    private final List<Rule> rules;
    private final Map<String, Severity> overrides;
    private final Set<String> disabled;
    private final boolean strict;
    private final PeelJson json;

    private Validator(Builder b) {
        this.catalogue = b.catalogue;
        this.rules = List.copyOf(b.enabledRules());
        this.overrides = Map.copyOf(b.overrides);
        this.disabled = Set.copyOf(b.disabled);
        this.strict = b.strict;
        this.json = b.json;
    }

    /** @return a shared validator with the built-in catalogue, every core rule and the rules ServiceLoader finds */
    public static Validator standard() {
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

    // ---- validating objects ------------------------------------------------------------------

    /**
     * @param assessment an assessment built in code
     * @return every finding; paths are relative to the assessment
     */
    public ValidationReport validate(Assessment assessment) {
        return report("assessment", 1, check(Dataset.of(List.of(assessment)), SourceMap.EMPTY, true, List.of()));
    }

    /**
     * @param dataset a dataset built in code
     * @return every finding; paths start {@code /assessments/N} or {@code /monitoring/N}
     */
    public ValidationReport validate(Dataset dataset) {
        return report("dataset", dataset.assessments().size(), check(dataset, SourceMap.EMPTY, false, List.of()));
    }

    /**
     * Validates what {@link PeelJson#readDocument} or {@link GradeTable#read} gave, with the
     * problems found while reading.
     *
     * @param read a read result
     * @return every finding, located in the input
     */
    public ValidationReport validate(ReadResult<Dataset> read) {
        Dataset d = read.value().orElse(Dataset.of(List.of()));
        boolean assessmentDocument = d.assessments().size() == 1
                && read.sourceMap().pointerOf(d.assessments().get(0)).map(String::isEmpty).orElse(false);
        return report(read.source(), d.assessments().size(), check(d, read.sourceMap(), assessmentDocument, read.problems()));
    }

    // ---- validating files --------------------------------------------------------------------

    /**
     * Validates a file by its name: {@code .jsonl} and {@code .ndjson} as JSON Lines (streamed),
     * {@code .csv} as a grade table, anything else as a PEEL JSON document.
     *
     * @param file the file
     * @return every finding
     * @throws PeelReadException when the file cannot be read, or is not JSON (or CSV) at all
     */
    public ValidationReport validate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            try (Stream<JsonLine> lines = json.readLines(file)) {
                return validateLines(lines, file.toString());
            }
        }
        if (name.endsWith(".csv")) {
            return validate(GradeTable.standard().read(file));
        }
        return validate(json.readDocument(file));
    }

    /**
     * @param in     a PEEL JSON document; read to its end, not closed
     * @param source a name for the input in messages
     * @return every finding
     * @throws PeelReadException when the input is not JSON at all
     */
    public ValidationReport validateDocument(InputStream in, String source) {
        return validate(json.readDocument(in, source));
    }

    /**
     * Validates JSON Lines as a stream: memory does not grow with the number of lines, and a bad line
     * is reported with its line number while the rest are still checked. Each line is checked on its
     * own: rules across assessments (PEEL-014, PEEL-016) see one line at a time.
     *
     * @param in     JSON Lines; read to its end, not closed
     * @param source a name for the input in messages
     * @return every finding
     */
    public ValidationReport validateLines(InputStream in, String source) {
        return validateLines(json.readLines(in, source), source);
    }

    private ValidationReport validateLines(Stream<JsonLine> lines, String source) {
        List<ValidationFinding> findings = new ArrayList<>();
        long[] count = {0};
        lines.forEach(line -> {
            ReadResult<Assessment> r = line.result();
            Dataset d = r.value().map(a -> Dataset.of(List.of(a))).orElse(Dataset.of(List.of()));
            count[0] += d.assessments().size();
            findings.addAll(check(d, r.sourceMap(), true, r.problems()));
        });
        return report(source, count[0], findings);
    }

    // ---- the work ----------------------------------------------------------------------------

    private ValidationReport report(String source, long assessments, List<ValidationFinding> findings) {
        return new ValidationReport(source, assessments, findings);
    }

    private List<ValidationFinding> check(Dataset dataset, SourceMap map, boolean assessmentDocument,
                                          List<ReadProblem> readProblems) {
        RuleContext.Document document = new RuleContext.Document(catalogue, dataset, map, assessmentDocument);
        List<ValidationFinding> findings = new ArrayList<>();
        for (ReadProblem p : readProblems) {
            if (!disabled.contains(p.rule())) {
                findings.add(new ValidationFinding(severity(p.rule(), Severity.ERROR), p.rule(), p.path(),
                        p.line() > 0 ? OptionalLong.of(p.line()) : OptionalLong.empty(),
                        p.line() > 0 ? OptionalLong.of(Math.max(1, p.column())) : OptionalLong.empty(), p.message()));
            }
        }
        List<String> malformed = readProblems.stream()
                .filter(p -> p.rule().equals(MalformedValues.ID) && !p.path().isEmpty())
                .map(ReadProblem::path).toList();
        RuleContext.FindingSink sink = (rule, severity, path, message) -> {
            if (!alreadyReported(path, malformed)) {
                Optional<SourceMap.Location> at = locate(map, path);
                findings.add(new ValidationFinding(severity(rule.id(), severity), rule.id(), path,
                        at.map(l -> OptionalLong.of(l.line())).orElse(OptionalLong.empty()),
                        at.map(l -> OptionalLong.of(l.column())).orElse(OptionalLong.empty()), message));
            }
        };
        for (Rule rule : rules) {
            rule.check(new RuleContext(document, rule, sink));
        }
        findings.sort(Comparator.comparingLong((ValidationFinding f) -> f.line().orElse(Long.MAX_VALUE))
                .thenComparingLong(f -> f.column().orElse(Long.MAX_VALUE)));
        return findings;
    }

    private Severity severity(String ruleId, Severity given) {
        Severity s = overrides.getOrDefault(ruleId, given);
        return strict && s == Severity.WARNING ? Severity.ERROR : s;
    }

    /**
     * A value that could not be read is reported once: a rule finding at that value, below it, or
     * on the object holding it (a judgment whose grade word was unknown has no grade) is dropped.
     */
    private static boolean alreadyReported(String path, List<String> malformed) {
        for (String bad : malformed) {
            if (path.equals(bad) || path.startsWith(bad + "/")) {
                return true;
            }
            int cut = bad.lastIndexOf('/');
            if (!path.isEmpty() && cut > 0 && bad.substring(0, cut).equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** The location of a pointer, or of its nearest ancestor that has one. */
    private static Optional<SourceMap.Location> locate(SourceMap map, String path) {
        String p = path;
        while (true) {
            Optional<SourceMap.Location> at = map.location(p);
            if (at.isPresent() || p.isEmpty()) {
                return at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * Builds a {@link Validator}. Not thread-safe; the validator it builds is.
     *
     * <pre>{@code
     * Validator v = Validator.builder().catalogue(myCatalogue).strict(true).build();
     * }</pre>
     */
    public static final class Builder {
        private Catalogue catalogue = Catalogue.builtIn();
        private final List<Rule> added = new ArrayList<>();
        private final Map<String, Severity> overrides = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();
        private boolean strict;
        private boolean serviceRules = true;
        private PeelJson json = PeelJson.standard();

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

        /**
         * @param value the reader to use, e.g. with other {@link org.peelkit.io.ReadLimits}
         * @return this builder
         */
        public Builder json(PeelJson value) {
            this.json = Objects.requireNonNull(value, "json");
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
        public Validator build() {
            return new Validator(this);
        }
    }
}

package org.peelkit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.peelkit.io.Location;
import org.peelkit.io.Place;
import org.peelkit.io.PeelDocument;
import org.peelkit.io.ReadProblem;

/**
 * Gathers the findings of one document (its read problems and what each rule reports) and applies
 * the policy "one finding per bad value" before handing them out in document order. The policy
 * compares places (a model object by identity, and a field name), never pointer strings:
 *
 * <ol>
 *   <li><b>An object reading built incomplete is reported by its read problem alone.</b> When a value
 *       of an object could not be read (a wrong JSON type, an unknown word, an element left out of
 *       one of its lists), the object the rules see is not the one in the input: {@code "partial":
 *       "true"} would read as not partial, a judgment with {@code "question": 5} would be missing.
 *       Other rules' findings on that object (on it or on any of its fields) are dropped; its PEEL-019
 *       stands for them, and its children, read whole, are still checked.</li>
 *   <li><b>A malformed value is not also unknown.</b> When PEEL-019 reports a value (an id of
 *       malformed syntax such as {@code "force": "Metropolitan"}), other rules' findings on that same
 *       value (PEEL-001 unknown force, PEEL-002, PEEL-004, PEEL-009) are dropped. A well-formed
 *       unknown id gets only its own rule's finding, since PEEL-019 does not fire. Nor is a list
 *       that holds an element with a malformed value reported as lacking something (PEEL-006 at
 *       {@code /judgments} when a judgment's question id is malformed): what the element meant is
 *       unknown.</li>
 * </ol>
 *
 * Not thread-safe: one per document.
 */
final class FindingCollector {

    private record Pending(String rule, int order, Severity severity, Place at, String message) {
    }

    private final PeelDocument document;
    private final BiFunction<String, Severity, Severity> severity;
    private final List<ValidationFinding> read = new ArrayList<>();
    private final List<Pending> reported = new ArrayList<>();

    /**
     * @param severity     the severity a rule's finding gets, given the one it asked for (configuration, strictness)
     * @param readSeverity the severity a read problem's rule asks for (PEEL-020, a byte order mark, is a warning)
     * @param disabled     the rules whose findings are left out
     */
    FindingCollector(PeelDocument document, BiFunction<String, Severity, Severity> severity,
                     Function<String, Severity> readSeverity, Set<String> disabled) {
        this.document = document;
        this.severity = severity;
        for (ReadProblem p : document.problems()) {
            if (!disabled.contains(p.rule())) {
                read.add(new ValidationFinding(severity.apply(p.rule(), readSeverity.apply(p.rule())), p.rule(), p.path(),
                        java.util.Optional.of(p.location()), p.message()));
            }
        }
    }

    /**
     * Notes what a rule reported.
     *
     * @param order the rule's position among the validator's rules: findings the same place keep
     *              that order, however the rules' checks were interleaved
     */
    void add(Rule rule, int order, Severity given, Place at, String message) {
        reported.add(new Pending(rule.id(), order, given, at, message));
    }

    /** @return every finding the policy keeps, in document order (unlocated ones last) */
    List<ValidationFinding> findings() {
        List<ValidationFinding> all = new ArrayList<>(read);
        reported.sort(Comparator.comparingInt(Pending::order)); // stable: each rule's own order kept
        List<Place> malformed = reported.stream().filter(p -> p.rule().equals(ReadProblem.MALFORMED_VALUE))
                .map(Pending::at).toList();
        for (Pending p : reported) {
            if (!keeps(p, malformed)) {
                continue;
            }
            all.add(new ValidationFinding(severity.apply(p.rule(), p.severity()), p.rule(), p.at().pointer(),
                    p.at().location(), p.message()));
        }
        all.sort(Comparator.comparing((ValidationFinding f) -> f.location().orElse(null),
                Comparator.nullsLast(Comparator.<Location>naturalOrder())));
        return all;
    }

    /** The policy of the class comment. */
    boolean keeps(Pending p, List<Place> malformed) {
        if (p.rule().equals(ReadProblem.MALFORMED_VALUE)) {
            return true;
        }
        if (document.isIncomplete(p.at().node())) {
            return false;
        }
        for (Place bad : malformed) {
            if (bad.isSameValue(p.at()) || bad.list().filter(list -> list.isSameValue(p.at())).isPresent()) {
                return false;
            }
        }
        return true;
    }
}

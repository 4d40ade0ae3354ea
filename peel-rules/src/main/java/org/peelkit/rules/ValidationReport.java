package org.peelkit.rules;

import java.util.List;
import java.util.Objects;

/**
 * Every finding of one validation, never stopping at the first: problems found while reading and
 * rule findings, as one flat list in document order.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(PeelJson.standard().readDocument(Path.of("data.json")));
 * if (!report.isValid()) {
 *     report.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @param source      the file name or other description of what was validated
 * @param assessments how many assessments were validated
 * @param findings    every finding
 */
public record ValidationReport(String source, long assessments, List<ValidationFinding> findings) {

    /**
     * Checks that nothing is null, and copies the findings.
     *
     * @param source the file name or other description of what was validated
     * @param assessments how many assessments were validated
     * @param findings every finding
     */
    public ValidationReport {
        Objects.requireNonNull(source, "source");
        findings = List.copyOf(findings);
    }

    /** @return whether there is no error */
    public boolean isValid() {
        return findings.stream().noneMatch(ValidationFinding::isError);
    }

    /** @return the findings of severity error */
    public List<ValidationFinding> errors() {
        return findings.stream().filter(ValidationFinding::isError).toList();
    }

    /** @return the findings of severity warning */
    public List<ValidationFinding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }
}

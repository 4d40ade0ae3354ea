package org.peelkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peelkit.io.Location;
import org.peelkit.rules.ValidationFinding;
import org.peelkit.rules.ValidationReport;

/**
 * A validation finding as the report shows it, at the top of the page: where (file, line and
 * column, JSON Pointer), how bad, which rule, and what is wrong.
 *
 * <pre>{@code
 * ValidationReport checked = PeelValidator.standard().validate(Path.of("data.json"));
 * List<ReportFinding> findings = ReportFinding.allOf(checked);
 * String html = PeelReport.standard().render(dataset, List.of("data.json"), findings);
 * }</pre>
 *
 * @param source   the file or stream the finding is in
 * @param location the line and column, where known
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param rule     the rule id, e.g. {@code PEEL-003}
 * @param path     the JSON Pointer of the value at fault ({@code ""} is the whole document)
 * @param message  what is wrong, in one sentence
 */
public record ReportFinding(String source, Optional<Location> location, String severity, String rule, String path,
                            String message) {

    /**
     * Checks that nothing is null.
     *
     * @param source the file or stream the finding is in
     * @param location the line and column, where known
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param rule the rule id, e.g. {@code PEEL-003}
     * @param path the JSON Pointer of the value at fault ({@code ""} is the whole document)
     * @param message what is wrong, in one sentence
     */
    public ReportFinding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param report a validation report
     * @return its findings, in its order
     */
    public static List<ReportFinding> allOf(ValidationReport report) {
        List<ReportFinding> result = new ArrayList<>(report.findings().size());
        for (ValidationFinding f : report.findings()) {
            result.add(of(report.source(), f));
        }
        return result;
    }

    /**
     * The one place that reads peel-rules' finding type.
     *
     * @param source the file the finding is in
     * @param f      a finding
     * @return the finding as the report shows it
     */
    public static ReportFinding of(String source, ValidationFinding f) {
        return new ReportFinding(source, f.location(), f.severity().id(), f.rule(), f.path(), f.message());
    }

    /** @return {@code FILE:LINE:COLUMN}, or {@code FILE} when the line is not known */
    public String where() {
        return source + location.map(l -> ":" + l.line() + ":" + l.column()).orElse("");
    }

    /** @return the JSON Pointer as printed, {@code /} for the whole document */
    public String pointer() {
        return path.isEmpty() ? "/" : path;
    }
}

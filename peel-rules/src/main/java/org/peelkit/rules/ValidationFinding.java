package org.peelkit.rules;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One finding of validation, as {@code spec/validation-and-cli.md} defines it: a severity, a
 * stable rule id, an RFC 6901 JSON Pointer to the most specific value at fault, the line and
 * column where known, and one sentence a person can act on.
 *
 * <pre>{@code
 * for (ValidationFinding f : report.findings()) {
 *     System.out.println(f.severity().id() + " " + f.rule() + " " + f.path() + " " + f.message());
 * }
 * // error PEEL-003 /judgments/2/grade Grade 'adequate' is not on the four-point scale of PEEL 2016 ...
 * }</pre>
 *
 * @param severity error, warning or info
 * @param rule     the rule id, e.g. {@code PEEL-003}
 * @param path     JSON Pointer into the input ({@code ""} is the whole document)
 * @param line     the line, from 1, where known
 * @param column   the column, from 1, where known
 * @param message  one sentence naming the value found and what was expected
 */
public record ValidationFinding(Severity severity, String rule, String path, OptionalLong line, OptionalLong column,
                                String message) {

    /** Checks that nothing is null. */
    public ValidationFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    /** @return whether this finding makes the document invalid */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (line.isPresent() ? line.getAsLong() + ":" + column.orElse(1) + ": " : "") + severity.id() + " " + rule
                + " " + (path.isEmpty() ? "/" : path) + " " + message;
    }
}

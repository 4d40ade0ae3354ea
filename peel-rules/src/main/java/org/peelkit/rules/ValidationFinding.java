package org.peelkit.rules;

import java.util.Objects;
import java.util.Optional;
import org.peelkit.io.Location;

/**
 * One finding of validation, as {@code spec/validation-and-cli.md} defines it: a severity, a
 * stable rule id, an RFC 6901 JSON Pointer to the most specific value at fault, the location where
 * known, and one sentence a person can act on.
 *
 * <pre>{@code
 * for (ValidationFinding f : report.findings()) {
 *     System.out.println(f.location().map(Location::toString).orElse("-") + " " + f.rule() + " " + f.path());
 * }
 * // 9:41 PEEL-003 /judgments/2/grade
 * }</pre>
 *
 * @param severity error, warning or info
 * @param rule     the rule id, e.g. {@code PEEL-003}
 * @param path     JSON Pointer into the input ({@code ""} is the whole document; {@code "/"} a member with an empty name)
 * @param location where the value starts in the input; empty for data built in code
 * @param message  one sentence naming the value found and what was expected
 */
public record ValidationFinding(Severity severity, String rule, String path, Optional<Location> location, String message) {

    /**
     * Checks that nothing is null.
     *
     * @param severity error, warning or info
     * @param rule the rule id, e.g. {@code PEEL-003}
     * @param path JSON Pointer into the input ({@code ""} is the whole document; {@code "/"} a member with an empty name)
     * @param location where the value starts in the input; empty for data built in code
     * @param message one sentence naming the value found and what was expected
     */
    public ValidationFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** @return whether this finding makes the document invalid */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return {@code line:column: severity rule path message}, the whole document's path printed {@code ""} */
    @Override
    public String toString() {
        return location.map(l -> l + ": ").orElse("") + severity.id() + " " + rule + " "
                + (path.isEmpty() ? "\"\"" : path) + " " + message;
    }
}

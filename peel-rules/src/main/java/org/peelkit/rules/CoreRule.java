package org.peelkit.rules;

/**
 * A built-in rule: its id, severity and description are data; subclasses only check.
 */
abstract class CoreRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String description;

    CoreRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}

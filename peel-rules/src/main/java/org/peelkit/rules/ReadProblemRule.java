package org.peelkit.rules;

/**
 * PEEL-018, the reading part of PEEL-019, and PEEL-020 (a byte order mark): found while reading, by {@code peel-io}; the rule
 * exists so that its severity can be configured and it can be listed.
 */
final class ReadProblemRule extends CoreRule {

    ReadProblemRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public void check(RuleContext context) {
        // reported while reading
    }
}

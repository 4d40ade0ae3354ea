package org.peelkit.rules;

/**
 * PEEL-018 and the reading part of PEEL-019: found while reading, by {@code peel-io}; the rule
 * exists so that its severity can be configured and it can be listed.
 */
final class ReadProblemRule extends CoreRule {

    ReadProblemRule(String id, String description) {
        super(id, Severity.ERROR, description);
    }

    @Override
    public void check(RuleContext context) {
        // reported while reading
    }
}

package org.peelkit.rules;

/**
 * PEEL-018, a field the format does not define, and PEEL-020, a byte order mark: found while
 * reading, by {@code peel-io}, whose {@code ReadProblem.UNKNOWN_FIELD} and
 * {@code ReadProblem.BYTE_ORDER_MARK} define the ids; the rule exists so that its severity can be
 * configured and it can be listed. (The reading part of PEEL-019 belongs to {@link MalformedValues},
 * whose id is {@code ReadProblem.MALFORMED_VALUE}.)
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

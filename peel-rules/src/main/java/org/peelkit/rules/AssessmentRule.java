package org.peelkit.rules;

import org.peelkit.io.Place;
import org.peelkit.model.Assessment;

/**
 * A built-in rule that looks at one assessment at a time. The validator hands every such rule each
 * assessment in one walk of the document ({@link DocumentWalk}), instead of each rule walking it.
 *
 * <pre>{@code
 * final class CycleKnown extends AssessmentRule {
 *     void check(RuleContext context, Assessment a, Place at) { ... }
 * }
 * }</pre>
 */
abstract class AssessmentRule extends CoreRule {

    AssessmentRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(RuleContext context) {
        context.forEachAssessment((a, at) -> check(context, a, at));
    }

    /**
     * @param at where the assessment stands
     */
    abstract void check(RuleContext context, Assessment assessment, Place at);
}

package org.peelkit.rules;

import org.peelkit.model.Assessment;

/** A user's rule, listed in META-INF/services of the test class path: fires on inspector "Nobody". */
public final class ServiceLoadedRule implements Rule {

    /** Created by {@link java.util.ServiceLoader}. */
    public ServiceLoadedRule() {
    }

    @Override
    public String id() {
        return "TEST-001";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "an inspector named Nobody";
    }

    @Override
    public void check(RuleContext context) {
        context.forEachAssessment((a, at) -> {
            if (a.inspector().filter("Nobody"::equals).isPresent()) {
                context.report(at.field("inspector"), "Inspector 'Nobody' is not an HM Inspector");
            }
        });
    }
}

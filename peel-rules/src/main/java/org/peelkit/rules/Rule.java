package org.peelkit.rules;

/**
 * A validation rule. The core rules PEEL-001 to PEEL-021 are built in; add your own with
 * {@link PeelValidator.Builder#rule(Rule)}, or list them in
 * {@code META-INF/services/org.peelkit.rules.Rule} to have every validator find them. A rule must
 * be stateless and thread-safe; a validator shares it between threads.
 *
 * <pre>{@code
 * public final class SourceIsHmicfrs implements Rule {
 *     public String id() { return "ACME-001"; }
 *     public Severity severity() { return Severity.WARNING; }
 *     public String description() { return "source is not an HMICFRS page"; }
 *     public void check(RuleContext context) {
 *         context.forEachAssessment((a, at) -> a.source()
 *                 .filter(s -> !s.contains("justiceinspectorates.gov.uk"))
 *                 .ifPresent(s -> context.report(at.field("source"), "Source '" + s + "' is not an HMICFRS page")));
 *     }
 * }
 * }</pre>
 */
public interface Rule {

    /** @return a stable id; further rules take further numbers, never a reused one */
    String id();

    /** @return the severity of its findings, unless a finding or the validator's configuration says otherwise */
    Severity severity();

    /** @return what the rule finds, for rule tables */
    String description();

    /**
     * Checks a document and reports what it finds through the context.
     *
     * @param context the document, its catalogue and where to report
     */
    void check(RuleContext context);
}

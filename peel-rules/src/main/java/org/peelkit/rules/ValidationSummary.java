package org.peelkit.rules;

import java.util.Objects;

/**
 * The counts of a streamed validation, whose findings went to a sink as they were found rather than
 * into a {@link ValidationReport}: memory stays flat however many findings there are.
 *
 * <pre>{@code
 * try (Stream<PeelDocument> records = PeelReader.standard().read(Path.of("grades.jsonl"))) {
 *     ValidationSummary summary = PeelValidator.standard().validate(records, "grades.jsonl", System.out::println);
 *     summary.isValid();   // no error
 *     summary.errors();    // 2
 * }
 * }</pre>
 *
 * @param source      the file name or other description of what was validated
 * @param assessments how many assessments were validated
 * @param errors      how many findings of severity error were found
 * @param warnings    how many findings of severity warning were found
 * @param infos       how many findings of severity info were found
 */
public record ValidationSummary(String source, long assessments, long errors, long warnings, long infos) {

    /**
     * Checks that nothing is null.
     *
     * @param source      the file name or other description of what was validated
     * @param assessments how many assessments were validated
     * @param errors      how many findings of severity error were found
     * @param warnings    how many findings of severity warning were found
     * @param infos       how many findings of severity info were found
     */
    public ValidationSummary {
        Objects.requireNonNull(source, "source");
    }

    /** @return whether there is no error */
    public boolean isValid() {
        return errors == 0;
    }

    /** Counts findings as they pass to a sink. Not thread-safe. */
    static final class Counter {
        private long assessments;
        private final long[] bySeverity = new long[Severity.values().length];

        void assessments(long n) {
            assessments += n;
        }

        void count(ValidationFinding f) {
            bySeverity[f.severity().ordinal()]++;
        }

        ValidationSummary summary(String source) {
            return new ValidationSummary(source, assessments, bySeverity[Severity.ERROR.ordinal()],
                    bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()]);
        }
    }
}

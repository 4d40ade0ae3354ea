package org.peelkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One judgment of an assessment: a question with its grade, or with a status where no grade was
 * given. The record holds what a document says, right or wrong: a judgment with both a grade and
 * a status, or neither, can be built so that {@code peel-rules} can report it (PEEL-008).
 *
 * <pre>{@code
 * Judgment j = Judgment.of("effectiveness", Grade.REQUIRES_IMPROVEMENT)
 *         .withUpdated(PartialDate.parse("2017-03-02"));
 * Judgment vsa = Judgment.of("victim-service-assessment", JudgmentStatus.UNGRADED);
 * }</pre>
 *
 * @param question        the question id, in the assessment's cycle
 * @param grade           the grade, when one was given
 * @param status          the status, when no grade was given
 * @param updated         the "last updated" date of this judgment
 * @param carriedOverFrom the id of an earlier cycle whose grade this judgment keeps
 * @param summary         a one-paragraph narrative
 */
public record Judgment(@PeelQuestionId String question,
                       Optional<Grade> grade,
                       Optional<JudgmentStatus> status,
                       Optional<PartialDate> updated,
                       Optional<@PeelId String> carriedOverFrom,
                       Optional<@PeelText String> summary) {

    /**
     * Checks that nothing is null.
     *
     * @param question the question id, in the assessment's cycle
     * @param grade the grade, when one was given
     * @param status the status, when no grade was given
     * @param updated the "last updated" date of this judgment
     * @param carriedOverFrom the id of an earlier cycle whose grade this judgment keeps
     * @param summary a one-paragraph narrative
     */
    public Judgment {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(carriedOverFrom, "carriedOverFrom");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * @param question a question id
     * @param grade    its grade
     * @return a graded judgment
     */
    public static Judgment of(String question, Grade grade) {
        return new Judgment(question, Optional.of(grade), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param question a question id
     * @param status   why it has no grade
     * @return a judgment with a status
     */
    public static Judgment of(String question, JudgmentStatus status) {
        return new Judgment(question, Optional.empty(), Optional.of(status), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param date the "last updated" date
     * @return a copy with that date
     */
    public Judgment withUpdated(PartialDate date) {
        return new Judgment(question, grade, status, Optional.of(date), carriedOverFrom, summary);
    }

    /**
     * @param cycleId the earlier cycle whose grade is kept
     * @return a copy carried over from that cycle
     */
    public Judgment withCarriedOverFrom(String cycleId) {
        return new Judgment(question, grade, status, updated, Optional.of(cycleId), summary);
    }

    /**
     * @param text a one-paragraph narrative
     * @return a copy with that summary
     */
    public Judgment withSummary(String text) {
        return new Judgment(question, grade, status, updated, carriedOverFrom, Optional.of(text));
    }
}

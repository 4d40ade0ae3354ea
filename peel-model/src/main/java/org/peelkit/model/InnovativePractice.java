package org.peelkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding of innovative practice that HMICFRS singles out.
 *
 * <pre>{@code
 * Finding f = new InnovativePractice(Optional.of("preventing-crime"), "A new triage desk for repeat callers.");
 * }</pre>
 *
 * @param question the id of the question it belongs to, if any
 * @param text     the finding's text
 */
public record InnovativePractice(Optional<@PeelQuestionId String> question, @PeelText String text) implements Finding {

    /**
     * Checks that nothing is null.
     *
     * @param question the id of the question it belongs to, if any
     * @param text the finding's text
     */
    public InnovativePractice {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public FindingType type() {
        return FindingType.INNOVATIVE_PRACTICE;
    }
}

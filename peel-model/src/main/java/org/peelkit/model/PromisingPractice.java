package org.peelkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding of promising practice that HMICFRS singles out.
 *
 * <pre>{@code
 * Finding f = new PromisingPractice(Optional.of("preventing-crime"), "Neighbourhood teams share problem-solving plans with partners.");
 * }</pre>
 *
 * @param question the id of the question it belongs to, if any
 * @param text     the finding's text
 */
public record PromisingPractice(Optional<@PeelQuestionId String> question, @PeelText String text) implements Finding {

    /**
     * Checks that nothing is null.
     *
     * @param question the id of the question it belongs to, if any
     * @param text the finding's text
     */
    public PromisingPractice {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public FindingType type() {
        return FindingType.PROMISING_PRACTICE;
    }
}

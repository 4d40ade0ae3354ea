package org.peelkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding of an area for improvement.
 *
 * <pre>{@code
 * Finding f = new AreaForImprovement(Optional.of("preventing-crime"), "The force should adopt a structured and consistent problem-solving process.");
 * }</pre>
 *
 * @param question the id of the question it belongs to, if any
 * @param text     the finding's text
 */
public record AreaForImprovement(Optional<@PeelQuestionId String> question, @PeelText String text) implements Finding {

    /**
     * Checks that nothing is null.
     *
     * @param question the id of the question it belongs to, if any
     * @param text the finding's text
     */
    public AreaForImprovement {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public FindingType type() {
        return FindingType.AREA_FOR_IMPROVEMENT;
    }
}

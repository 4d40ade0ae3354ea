package org.peelkit.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
public record AreaForImprovement(Optional<@Pattern(regexp = Constraints.QUESTION_ID, message = Constraints.QUESTION_ID_MESSAGE) String> question, @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.BLANK_MESSAGE) @Size(max = Constraints.MAX_TEXT, message = Constraints.LONG_MESSAGE) String text) implements Finding {

    /** Checks that nothing is null. */
    public AreaForImprovement {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public FindingType type() {
        return FindingType.AREA_FOR_IMPROVEMENT;
    }
}

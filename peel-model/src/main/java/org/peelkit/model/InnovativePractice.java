package org.peelkit.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
public record InnovativePractice(Optional<@Pattern(regexp = Constraints.QUESTION_ID, message = Constraints.QUESTION_ID_MESSAGE) String> question, @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.BLANK_MESSAGE) @Size(max = Constraints.MAX_TEXT, message = Constraints.LONG_MESSAGE) String text) implements Finding {

    /** Checks that nothing is null. */
    public InnovativePractice {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public FindingType type() {
        return FindingType.INNOVATIVE_PRACTICE;
    }
}

package org.peelkit.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
public record PromisingPractice(Optional<@Pattern(regexp = Constraints.QUESTION_ID, message = Constraints.QUESTION_ID_MESSAGE) String> question, @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.BLANK_MESSAGE) @Size(max = Constraints.MAX_TEXT, message = Constraints.LONG_MESSAGE) String text) implements Finding {

    /** Checks that nothing is null. */
    public PromisingPractice {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public FindingType type() {
        return FindingType.PROMISING_PRACTICE;
    }
}

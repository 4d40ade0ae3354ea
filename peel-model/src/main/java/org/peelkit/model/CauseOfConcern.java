package org.peelkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cause of concern: a serious, critical or systemic shortcoming, always accompanied by one or
 * more recommendations. From 2021/22 a cause of concern can be accelerated (made public at once
 * where public safety is at risk).
 *
 * <pre>{@code
 * CauseOfConcern c = new CauseOfConcern(Optional.of("responding-to-the-public"),
 *         "The force needs to improve how it answers calls for service.", false,
 *         List.of(new Recommendation("Answer emergency calls promptly.", RecommendationStatus.CLOSED, Optional.empty())));
 * }</pre>
 *
 * @param question        the id of the question it belongs to, if any
 * @param text            the cause of concern
 * @param accelerated     whether it went through the accelerated process
 * @param recommendations its recommendations; an empty list is held so that it can be reported
 */
public record CauseOfConcern(Optional<@PeelQuestionId String> question,
                             @PeelText String text,
                             boolean accelerated,
                             List<@Valid Recommendation> recommendations) implements Finding {

    /**
     * Checks that nothing is null, and copies the recommendations.
     *
     * @param question the id of the question it belongs to, if any
     * @param text the cause of concern
     * @param accelerated whether it went through the accelerated process
     * @param recommendations its recommendations; an empty list is held so that it can be reported
     */
    public CauseOfConcern {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
        recommendations = List.copyOf(recommendations);
    }

    @Override
    public FindingType type() {
        return FindingType.CAUSE_OF_CONCERN;
    }
}

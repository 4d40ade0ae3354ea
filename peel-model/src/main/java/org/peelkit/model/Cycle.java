package org.peelkit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One PEEL cycle: its grade scale, what it grades, its comparability group, its date window and
 * its questions. The catalogue holds the eight cycles from 2014 to 2025–27.
 *
 * <p>Grades compare only within one comparability group: HMICFRS states that 2021/22 grades are
 * not comparable with earlier ones, and 2023–2025 grades not with 2021/22.
 *
 * <pre>{@code
 * Cycle c = Cycle.of("2021-22");
 * c.name();                              // "PEEL 2021/22"
 * c.isSupported(Grade.ADEQUATE);         // true
 * c.isComparableWith(Cycle.of("2023-25")); // false
 * c.question("investigating-crime");    // Optional[...]
 * Cycle.of("2025-27").provisional();     // true: HMICFRS has not published all of it
 * }</pre>
 *
 * @param id                 the id, e.g. {@code "2018-19"}
 * @param name               the name, e.g. {@code "PEEL 2018/19"}
 * @param scale              the grade scale
 * @param gradingLevel       pillars or areas
 * @param comparabilityGroup the group whose grades compare with each other, e.g. {@code "2014-2019"}
 * @param window             the days its dates may fall on
 * @param provisional        true when the catalogue does not yet know all of the cycle
 * @param questions          its questions, in the framework's order
 */
public record Cycle(String id, String name, GradeScale scale, GradingLevel gradingLevel, String comparabilityGroup,
                    DateWindow window, boolean provisional, List<Question> questions) {

    /**
     * Checks that nothing is null, and copies the questions.
     *
     * @param id the id, e.g. {@code "2018-19"}
     * @param name the name, e.g. {@code "PEEL 2018/19"}
     * @param scale the grade scale
     * @param gradingLevel pillars or areas
     * @param comparabilityGroup the group whose grades compare with each other, e.g. {@code "2014-2019"}
     * @param window the days its dates may fall on
     * @param provisional true when the catalogue does not yet know all of the cycle
     * @param questions its questions, in the framework's order
     */
    public Cycle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(gradingLevel, "gradingLevel");
        Objects.requireNonNull(comparabilityGroup, "comparabilityGroup");
        Objects.requireNonNull(window, "window");
        questions = List.copyOf(questions);
    }

    /**
     * Looks a cycle up in the built-in catalogue.
     *
     * @param id e.g. {@code "2016"}
     * @return the cycle
     * @throws UnknownIdException when there is no such cycle
     */
    public static Cycle of(String id) {
        return of(id, Catalogue.builtIn());
    }

    /**
     * Looks a cycle up in a catalogue.
     *
     * @param id        e.g. {@code "2016"}
     * @param catalogue the catalogue
     * @return the cycle
     * @throws UnknownIdException when there is no such cycle
     */
    public static Cycle of(String id, Catalogue catalogue) {
        return catalogue.cycle(id).orElseThrow(() -> new UnknownIdException("cycle", id));
    }

    /**
     * @param grade a grade
     * @return whether this cycle's scale holds the grade
     */
    public boolean isSupported(Grade grade) {
        return scale.contains(grade);
    }

    /**
     * @param other another cycle
     * @return whether grades of the two cycles compare: same comparability group and same scale
     */
    public boolean isComparableWith(Cycle other) {
        return comparabilityGroup.equals(other.comparabilityGroup) && scale == other.scale;
    }

    /**
     * @param questionId a question id of this cycle
     * @return the question, or empty when this cycle has no such question
     */
    public Optional<Question> question(String questionId) {
        for (Question q : questions) {
            if (q.id().equals(questionId)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** @return the questions a complete assessment must judge */
    public List<Question> requiredQuestions() {
        return questions.stream().filter(Question::required).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.peelkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a cycle judges: a pillar ({@code effectiveness}), a pillar's question
 * ({@code effectiveness/investigating-crime}) or, from 2021/22, an area ({@code investigating-crime}).
 *
 * <p>Question ids are unique within a cycle only: {@code investigating-crime} of 2021/22 and of
 * 2023–25 are different questions, whose grades do not compare.
 *
 * <pre>{@code
 * Question q = Catalogue.builtIn().question("2016", "legitimacy/ethical-and-lawful-workforce").orElseThrow();
 * q.label();    // "Ethical and lawful workforce"
 * q.wording();  // Optional["How well does the force ensure that its workforce behaves ethically and lawfully?"]
 * q.graded();   // true
 * q.required(); // false: in pillar cycles only the pillars are required
 * }</pre>
 *
 * @param id       the id, unique within the cycle
 * @param cycle    the id of the cycle it belongs to
 * @param pillar   the pillar it is or belongs to, in cycles with pillars
 * @param label    a short name, as HMICFRS's tables and press releases give it
 * @param wording  the question as the framework words it, where a source gives it
 * @param graded   whether the framework grades it ({@code false}: a narrative judgment only)
 * @param required whether a complete assessment must judge it
 */
public record Question(String id, String cycle, Optional<Pillar> pillar, String label, Optional<String> wording,
                       boolean graded, boolean required) {

    /**
     * Checks that nothing is null.
     *
     * @param id the id, unique within the cycle
     * @param cycle the id of the cycle it belongs to
     * @param pillar the pillar it is or belongs to, in cycles with pillars
     * @param label a short name, as HMICFRS's tables and press releases give it
     * @param wording the question as the framework words it, where a source gives it
     * @param graded whether the framework grades it ({@code false}: a narrative judgment only)
     * @param required whether a complete assessment must judge it
     */
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(wording, "wording");
    }

    /** @return whether this question is a pillar itself, e.g. {@code effectiveness} */
    public boolean isPillar() {
        return pillar.map(p -> p.id().equals(id)).orElse(false);
    }

    @Override
    public String toString() {
        return cycle + ":" + id;
    }
}

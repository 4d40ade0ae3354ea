package org.peelkit.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user knows about a page that its text may not say: the force and the cycle (a news
 * article often names no cycle). A hint fills a gap; a hint that contradicts the text is reported
 * as a conflict, and then neither is taken.
 *
 * <pre>{@code
 * Hints hints = Hints.none().withForce("kent").withCycle("2021-22");
 * ReportExtractor.standard().extract(Path.of("kent-news.txt"), hints);
 * }</pre>
 *
 * @param force a force id
 * @param cycle a cycle id
 */
public record Hints(Optional<String> force, Optional<String> cycle) {

    private static final Hints NONE = new Hints(Optional.empty(), Optional.empty());

    /**
     * Checks that nothing is null.
     *
     * @param force a force id
     * @param cycle a cycle id
     */
    public Hints {
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(cycle, "cycle");
    }

    /** @return no hints */
    public static Hints none() {
        return NONE;
    }

    /**
     * @param id a force id, e.g. {@code "kent"}
     * @return these hints with that force
     */
    public Hints withForce(String id) {
        return new Hints(Optional.of(id), cycle);
    }

    /**
     * @param id a cycle id, e.g. {@code "2021-22"}
     * @return these hints with that cycle
     */
    public Hints withCycle(String id) {
        return new Hints(force, Optional.of(id));
    }
}

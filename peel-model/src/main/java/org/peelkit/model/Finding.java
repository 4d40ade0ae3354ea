package org.peelkit.model;

import java.util.Optional;

/**
 * A finding of an HMICFRS report: a cause of concern, an area for improvement, or innovative or
 * promising practice. A sealed type, so a {@code switch} over it is checked for completeness.
 *
 * <pre>{@code
 * String line = switch (finding) {
 *     case CauseOfConcern c -> "CoC with " + c.recommendations().size() + " recommendations";
 *     case AreaForImprovement a -> "AFI: " + a.text();
 *     case InnovativePractice i -> "innovative: " + i.text();
 *     case PromisingPractice p -> "promising: " + p.text();
 * };
 * }</pre>
 * (Pattern matching in {@code switch} needs Java 21; on 17 use {@link #type()}.)
 */
public sealed interface Finding permits CauseOfConcern, AreaForImprovement, InnovativePractice, PromisingPractice {

    /** @return the kind of finding */
    FindingType type();

    /** @return the id of the question it belongs to, if any */
    Optional<String> question();

    /** @return the finding's text */
    String text();
}

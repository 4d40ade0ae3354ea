package org.peelkit.report;

import java.util.List;
import java.util.Optional;
import org.peelkit.model.Grade;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;

/**
 * How one judgment is drawn: a fill from the Okabe–Ito palette, which people with the common
 * colour-vision deficiencies can tell apart, and always a text label too, so no reader depends on
 * colour. Statuses are white or grey with their own outline.
 *
 * <pre>{@code
 * Mark.of(Grade.GOOD).abbreviation(); // "G"
 * }</pre>
 *
 * @param key          a stable id, used as a CSS class: {@code good}, {@code not-graded}, ...
 * @param label        the words, e.g. {@code Requires improvement}
 * @param abbreviation what the cell says, e.g. {@code RI}
 * @param fill         the fill colour
 * @param ink          the text colour on that fill
 * @param outline      the outline's dash pattern, {@code none} for a solid line
 */
record Mark(String key, String label, String abbreviation, String fill, String ink, String outline) {

    static final Mark OUTSTANDING = new Mark("outstanding", "Outstanding", "O", "#0072B2", "#ffffff", "none");
    static final Mark GOOD = new Mark("good", "Good", "G", "#56B4E9", "#000000", "none");
    static final Mark ADEQUATE = new Mark("adequate", "Adequate", "A", "#F0E442", "#000000", "none");
    static final Mark REQUIRES_IMPROVEMENT = new Mark("requires-improvement", "Requires improvement", "RI", "#E69F00",
            "#000000", "none");
    static final Mark INADEQUATE = new Mark("inadequate", "Inadequate", "I", "#D55E00", "#ffffff", "none");
    static final Mark UNGRADED = new Mark("ungraded", "Ungraded", "U", "#ffffff", "#000000", "4 2");
    static final Mark NOT_GRADED = new Mark("not-graded", "Not graded", "NG", "#d9d9d9", "#000000", "none");
    static final Mark NOT_YET_GRADED = new Mark("not-yet-graded", "Not yet graded", "NYG", "#ffffff", "#000000", "1 2");
    static final Mark NOT_INSPECTED = new Mark("not-inspected", "Not inspected", "NI", "#f0f0f0", "#000000", "6 2 1 2");
    static final Mark UNKNOWN = new Mark("unknown", "Neither grade nor status", "?", "#ffffff", "#000000", "2 2");

    /** Every mark, in the legend's order. */
    static final List<Mark> ALL = List.of(OUTSTANDING, GOOD, ADEQUATE, REQUIRES_IMPROVEMENT, INADEQUATE, UNGRADED,
            NOT_GRADED, NOT_YET_GRADED, NOT_INSPECTED, UNKNOWN);

    static Mark of(Grade grade) {
        return switch (grade) {
            case OUTSTANDING -> OUTSTANDING;
            case GOOD -> GOOD;
            case ADEQUATE -> ADEQUATE;
            case REQUIRES_IMPROVEMENT -> REQUIRES_IMPROVEMENT;
            case INADEQUATE -> INADEQUATE;
        };
    }

    static Mark of(JudgmentStatus status) {
        return switch (status) {
            case UNGRADED -> UNGRADED;
            case NOT_GRADED -> NOT_GRADED;
            case NOT_YET_GRADED -> NOT_YET_GRADED;
            case NOT_INSPECTED -> NOT_INSPECTED;
        };
    }

    /** A judgment's mark: its grade's, else its status's. */
    static Mark of(Judgment j) {
        return j.grade().map(Mark::of).or(() -> j.status().map(Mark::of)).orElse(UNKNOWN);
    }

    /** What a cell says: the abbreviation, with {@code *} when the grade was carried over. */
    static String text(Judgment j) {
        return of(j).abbreviation() + (j.carriedOverFrom().isPresent() ? "*" : "");
    }

    /** What a cell means in words, e.g. {@code Good (carried over from 2021-22)}. */
    static String words(Judgment j) {
        Optional<String> from = j.carriedOverFrom();
        return of(j).label() + from.map(c -> " (carried over from " + c + ")").orElse("");
    }
}

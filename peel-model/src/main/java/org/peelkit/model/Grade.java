package org.peelkit.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * A PEEL grade, as HMICFRS prints it. Not every cycle uses every grade: {@link #ADEQUATE} arrived
 * with PEEL 2021/22 (see {@link GradeScale} and {@link Cycle#isSupported(Grade)}).
 *
 * <p>A bare grade knows nothing of its cycle, so it has no "better than": compare grades with
 * {@link CycleGrade}, which refuses to mix cycles that HMICFRS says are not comparable. The enum's
 * declaration order is best first, and {@link #BEST_FIRST} names that order for display.
 *
 * <pre>{@code
 * Grade g = Grade.parse("Requires improvement");  // REQUIRES_IMPROVEMENT
 * g.id();                                          // "requires-improvement"
 * g.label();                                       // "Requires improvement"
 * Grade.fromId("adequate");                        // Optional[ADEQUATE]
 * }</pre>
 */
public enum Grade implements Vocabulary {
    /** The force has substantially exceeded the characteristics of good performance. */
    OUTSTANDING("outstanding", "Outstanding"),
    /** The force has shown substantially all the characteristics of good performance. */
    GOOD("good", "Good"),
    /** Some characteristics of good are shown, but areas for improvement were identified (2021/22 on). */
    ADEQUATE("adequate", "Adequate"),
    /** Few if any characteristics of good are shown, with a substantial number of areas to improve. */
    REQUIRES_IMPROVEMENT("requires-improvement", "Requires improvement"),
    /** HMICFRS has causes of concern and has made recommendations to address them. */
    INADEQUATE("inadequate", "Inadequate");

    /** Display order, best first, for tables that list grades of any cycle. It never compares performance. */
    public static final Comparator<Grade> BEST_FIRST = Comparator.naturalOrder();

    private final String id;
    private final String label;

    Grade(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the grade as HMICFRS prints it, e.g. {@code "Requires improvement"} */
    public String label() {
        return label;
    }

    /**
     * Looks up a grade by its canonical id, exactly as PEEL JSON spells it.
     *
     * @param id e.g. {@code "requires-improvement"}
     * @return the grade, or empty
     */
    public static Optional<Grade> fromId(String id) {
        return Vocabulary.fromId(Grade.class, id);
    }

    /**
     * Reads a grade from human text, ignoring case, surrounding space, and the difference between
     * spaces, hyphens and underscores: {@code "Requires improvement"}, {@code "REQUIRES_IMPROVEMENT"}
     * and {@code " requires-improvement "} all give {@link #REQUIRES_IMPROVEMENT}.
     *
     * @param text the text
     * @return the grade
     * @throws PeelParseException when the text names no grade; the message quotes the text
     */
    public static Grade parse(CharSequence text) {
        String key = normalise(text);
        for (Grade grade : values()) {
            if (grade.label.toLowerCase(Locale.ROOT).equals(key)) {
                return grade;
            }
        }
        throw new PeelParseException(String.valueOf(text),
                "a grade (outstanding, good, adequate, requires improvement, inadequate)");
    }

    static String normalise(CharSequence text) {
        return String.valueOf(text).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }
}

package org.peelkit.io;

import java.util.Objects;

/**
 * A problem found inside a readable document: a field the format does not define (PEEL-018) or a
 * malformed value (PEEL-019: wrong JSON type, {@code null}, duplicate key, unknown word, bad date,
 * missing required field). Reading goes on after it; {@code peel-rules} reports it with the rule
 * findings as one list. Every read problem is located: it comes from text.
 *
 * <pre>{@code
 * for (ReadProblem p : document.problems()) {
 *     System.out.println(p.location() + " " + p.rule() + " " + p.path() + " " + p.message());
 * }
 * // 7:45 PEEL-019 /judgments/3/grade Unknown grade 'satisfactory': expected one of outstanding, good, ...
 * }</pre>
 *
 * @param rule     {@link #UNKNOWN_FIELD}, {@link #MALFORMED_VALUE} or {@link #BYTE_ORDER_MARK}
 * @param path     an RFC 6901 JSON Pointer to the value at fault ({@code ""} is the whole document)
 * @param location where the value at fault starts
 * @param message  one sentence naming the value found and what was expected
 */
public record ReadProblem(String rule, String path, Location location, String message) {

    /** PEEL-018: a field the format does not define. The one definition of this rule id. */
    public static final String UNKNOWN_FIELD = "PEEL-018";
    /** PEEL-019: a malformed value. The one definition of this rule id; peel-rules reports it too. */
    public static final String MALFORMED_VALUE = "PEEL-019";
    /** PEEL-020: a byte order mark starts the input; it is skipped, and reported as a warning. */
    public static final String BYTE_ORDER_MARK = "PEEL-020";

    /**
     * Checks that nothing is null.
     *
     * @param rule {@link #UNKNOWN_FIELD}, {@link #MALFORMED_VALUE} or {@link #BYTE_ORDER_MARK}
     * @param path an RFC 6901 JSON Pointer to the value at fault ({@code ""} is the whole document)
     * @param location where the value at fault starts
     * @param message one sentence naming the value found and what was expected
     */
    public ReadProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}

package org.peelkit.extract;

import java.util.Objects;

/**
 * Something the extractor could not turn into data, and why: reported, never guessed.
 *
 * <pre>{@code
 * // ExtractionNote[kind=CONFLICT, line=184, message=Section 'Investigating crime' opens with 'inadequate' (line 174) but closes with 'Good']
 * }</pre>
 *
 * @param kind    what sort of note
 * @param line    the report line it is about, from 1 (0 when it is about the whole report)
 * @param message one sentence
 */
public record ExtractionNote(Kind kind, int line, String message) {

    /** What sort of note. */
    public enum Kind {
        /** Two sentences disagree; neither value was taken. */
        CONFLICT,
        /** A judgment the cycle requires was not found in the text. */
        MISSING,
        /** Text that looks like a judgment or date, but could not be placed. */
        UNPLACED,
        /** A finding recognised, but belonging to another cycle's inspection, so not placed here. */
        OTHER_CYCLE
    }

    /** Checks that nothing is null. */
    public ExtractionNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** @return the kind as printed, e.g. {@code "other cycle"} */
    public String kindLabel() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param source the report's name
     * @return the note as the command prints it: {@code REPORT:LINE: kind: message}
     */
    public String format(String source) {
        return source + ":" + line + ": " + kindLabel() + ": " + message;
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + kindLabel() + ": " + message;
    }
}

package org.peelkit.extract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.peelkit.io.Location;

/**
 * Something the extractor could not turn into data, and why: reported, never guessed.
 *
 * <pre>{@code
 * // the same question graded two ways: neither grade is taken
 * note.format(); // "met.txt:184:1: conflict: investigating-crime is 'good' here but 'inadequate' at met.txt:174:1; neither was taken"
 * }</pre>
 *
 * @param kind    what sort of note
 * @param source  the page it is about
 * @param at      where on the page, or empty when it is about the whole page
 * @param message one sentence
 */
public record ExtractionNote(Kind kind, String source, Optional<Location> at, String message) {

    /** What sort of note. */
    public enum Kind {
        /** Two statements disagree (in one page, between pages, or with a hint); neither value was taken. */
        CONFLICT,
        /** A judgment the cycle requires was not found in the text, or the force or cycle was not. */
        MISSING,
        /** Text that looks like a judgment or date, but could not be placed; nothing was taken from it. */
        UNPLACED,
        /** A finding recognised, but belonging to another cycle's inspection, so not placed here. */
        OTHER_CYCLE
    }

    /**
     * Checks that nothing is null.
     *
     * @param kind what sort of note
     * @param source the page it is about
     * @param at where on the page, or empty when it is about the whole page
     * @param message one sentence
     */
    public ExtractionNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    static ExtractionNote at(Kind kind, String source, Location at, String message) {
        return new ExtractionNote(kind, source, Optional.of(at), message);
    }

    static ExtractionNote whole(Kind kind, String source, String message) {
        return new ExtractionNote(kind, source, Optional.empty(), message);
    }

    /** @return the kind as printed, e.g. {@code "other cycle"} */
    public String kindLabel() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** @return the line, or 0 when the note is about the whole page */
    public long line() {
        return at.map(Location::line).orElse(0L);
    }

    /** @return the note as the command prints it: {@code PAGE:LINE:COLUMN: kind: message} */
    public String format() {
        return source + at.map(l -> ":" + l).orElse("") + ": " + kindLabel() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}

package org.peelkit.extract;

import java.util.Objects;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.Judgment;

/**
 * One judgment where the data and a page disagree: the data's assessment and judgment (so a caller
 * can give its place in the data file), the page's judgment and its place, and one sentence.
 *
 * <pre>{@code
 * for (Disagreement d : extraction.compareWith(dataset)) {
 *     System.out.println(d.message());
 *     // investigating-crime: the data says 'good', the page says 'inadequate' (met.txt:184:1)
 * }
 * }</pre>
 *
 * @param kind     what sort of disagreement
 * @param data     the data's assessment
 * @param inData   the data's judgment of the question, if it has one
 * @param fromPage the page's judgment
 * @param where    the page's place for it
 * @param message  one sentence, naming the question
 */
public record Disagreement(Kind kind, Assessment data, Optional<Judgment> inData, Judgment fromPage,
                           Optional<Provenance> where, String message) {

    /** What sort of disagreement. */
    public enum Kind {
        /** The data has no judgment of the question. */
        ABSENT,
        /** The data's grade or status is not the page's. */
        DIFFERENT,
        /** The data's grade could not be read (e.g. "satisfactory"), so it cannot agree. */
        UNREADABLE,
        /** Both give the same value, but different "last updated" dates. */
        UPDATED
    }

    /**
     * Checks that nothing is null.
     *
     * @param kind what sort of disagreement
     * @param data the data's assessment
     * @param inData the data's judgment of the question, if it has one
     * @param fromPage the page's judgment
     * @param where the page's place for it
     * @param message one sentence, naming the question
     */
    public Disagreement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(inData, "inData");
        Objects.requireNonNull(fromPage, "fromPage");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    static Optional<Disagreement> between(Assessment a, Optional<Judgment> d, Judgment r, Optional<Provenance> where) {
        String q = r.question();
        String place = where.map(p -> " (" + p.place() + ")").orElse("");
        if (d.isEmpty()) {
            return Optional.of(new Disagreement(Kind.ABSENT, a, d, r, where, q + ": the data has no judgment; the page gives '"
                    + value(r).orElseThrow() + "'" + place));
        }
        Optional<String> data = value(d.get());
        if (data.isEmpty()) {
            return Optional.of(new Disagreement(Kind.UNREADABLE, a, d, r, where, q + ": the data's grade is unreadable; the page "
                    + "says '" + value(r).orElseThrow() + "'" + place));
        }
        if (!data.equals(value(r))) {
            return Optional.of(new Disagreement(Kind.DIFFERENT, a, d, r, where, q + ": the data says '" + data.get()
                    + "', the page says '" + value(r).orElseThrow() + "'" + place));
        }
        if (r.updated().isPresent() && d.get().updated().isPresent() && !r.updated().equals(d.get().updated())) {
            return Optional.of(new Disagreement(Kind.UPDATED, a, d, r, where, q + ": the data was last updated "
                    + d.get().updated().get() + ", the page says " + r.updated().get() + place));
        }
        return Optional.empty();
    }

    private static Optional<String> value(Judgment j) {
        return j.grade().map(g -> g.id()).or(() -> j.status().map(s -> s.id()));
    }
}

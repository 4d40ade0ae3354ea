package org.peelkit.extract;

import java.util.Optional;
import org.peelkit.io.Location;
import org.peelkit.model.Grade;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;

/**
 * One thing a page states about one question: a grade or a status, where it stands, and the cycle
 * it was carried over from. Pages are read into statements; statements become judgments only when
 * every statement about a question agrees.
 *
 * @param question        the question id
 * @param grade           the grade stated, or empty when a status is
 * @param status          the status stated, or empty when a grade is
 * @param source          the page
 * @param at              where on the page
 * @param text            the line
 * @param carriedOverFrom the earlier cycle whose judgment the page carries over
 * @param headline        whether it is a headline or a grade line (tier A), not a grade in prose
 */
record Statement(String question, Optional<Grade> grade, Optional<JudgmentStatus> status, String source, Location at,
                 String text, Optional<String> carriedOverFrom, boolean headline) {

    static Statement of(String question, Grade grade, String source, Location at, String text) {
        return new Statement(question, Optional.of(grade), Optional.empty(), source, at, text, Optional.empty(), false);
    }

    static Statement of(String question, JudgmentStatus status, String source, Location at, String text) {
        return new Statement(question, Optional.empty(), Optional.of(status), source, at, text, Optional.empty(), true);
    }

    Statement carriedOverFrom(String cycle) {
        return new Statement(question, grade, status, source, at, text, Optional.of(cycle), headline);
    }

    Statement asHeadline() {
        return new Statement(question, grade, status, source, at, text, carriedOverFrom, true);
    }

    /** @return the grade's or status's id */
    String value() {
        return grade.map(Grade::id).orElseGet(() -> status.orElseThrow().id());
    }

    /** @return {@code source:line:column} */
    String place() {
        return source + ":" + at;
    }

    /**
     * A "Last updated" date stated for a question.
     *
     * @param question the question id
     * @param date     the date
     * @param source   the page
     * @param at       where on the page
     * @param text     the line
     */
    record Updated(String question, PartialDate date, String source, Location at, String text) {
        String place() {
            return source + ":" + at;
        }
    }
}

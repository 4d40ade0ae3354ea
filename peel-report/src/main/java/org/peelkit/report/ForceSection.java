package org.peelkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peelkit.model.Assessment;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Finding;
import org.peelkit.model.Judgment;
import org.peelkit.model.Question;
import org.peelkit.model.Recommendation;

/**
 * Everything the page says about one force: its timeline, and per assessment the causes of concern
 * with their recommendations, the areas for improvement, other findings, judgment summaries and the
 * source.
 *
 * <pre>{@code
 * ForceSection s = ForceSection.of("metropolitan", "Metropolitan Police Service", entries, monitoring);
 * }</pre>
 */
record ForceSection(String id, String name, Timeline timeline, List<Notes> assessments) {

    /** What one assessment says besides its grades. */
    record Notes(String cycle, Optional<String> published, Optional<String> inspector, boolean partial,
                 Optional<String> link, Optional<String> source, List<Concern> concerns, List<Note> improvements,
                 List<Note> practices, List<Note> summaries) {
    }

    /** A cause of concern. */
    record Concern(String question, String text, boolean accelerated, List<Recommendation> recommendations) {
    }

    /** A finding or summary: the question it is about (may be empty) and its text. */
    record Note(String question, String kind, String text) {
    }

    static ForceSection of(String id, String name, List<Timeline.Entry> entries,
                           List<org.peelkit.model.MonitoringPeriod> monitoring) {
        List<Notes> notes = new ArrayList<>();
        for (Timeline.Entry e : entries) {
            notes.add(notes(e.cycle(), e.assessment()));
        }
        return new ForceSection(id, name, Timeline.of(entries, monitoring), notes);
    }

    static Notes notes(Cycle cycle, Assessment a) {
        List<Concern> concerns = new ArrayList<>();
        List<Note> improvements = new ArrayList<>();
        List<Note> practices = new ArrayList<>();
        for (Finding f : a.findings()) {
            String about = f.question().map(q -> label(cycle, q)).orElse("");
            if (f instanceof CauseOfConcern c) {
                concerns.add(new Concern(about, c.text(), c.accelerated(), c.recommendations()));
            } else if (f instanceof AreaForImprovement) {
                improvements.add(new Note(about, f.type().label(), f.text()));
            } else {
                practices.add(new Note(about, f.type().label(), f.text()));
            }
        }
        List<Note> summaries = new ArrayList<>();
        for (Judgment j : a.judgments()) {
            j.summary().ifPresent(s -> summaries.add(new Note(label(cycle, j.question()), Mark.words(j), s)));
        }
        Optional<String> link = a.source().filter(ForceSection::isWebAddress);
        Optional<String> text = a.source().filter(s -> !isWebAddress(s));
        return new Notes(cycle.name(), a.published().map(Object::toString), a.inspector(), a.partial(), link, text,
                concerns, improvements, practices, summaries);
    }

    /** Only http and https sources become links; anything else (say {@code javascript:}) is shown as text. */
    static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && s.chars().noneMatch(Character::isWhitespace);
    }

    private static String label(Cycle cycle, String question) {
        return cycle.question(question).map(Question::label).orElse(question);
    }
}

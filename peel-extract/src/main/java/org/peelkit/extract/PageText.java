package org.peelkit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelkit.io.Location;

/**
 * A page's text as lines, each with typographic quotes and spaces made plain (character for
 * character, so columns stay true) and its ends trimmed, and the sentences and clauses of a line
 * with their columns.
 */
final class PageText {

    /** One line: its number from 1, the column of its first kept character, and its text. */
    record Line(int number, int offset, String text) {
        Location at(int index) {
            return Location.of(number, offset + index + 1L);
        }
    }

    /** A piece of a line (a sentence or a clause) and where it starts in the line's text. */
    record Piece(String text, int start) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"'(]?[A-Z0-9])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";\\s*|,\\s+(?=(?:and|but|while|whereas)\\s+(?:it|its|the force|the constabulary|the service|requires|is)\\b)",
            Pattern.CASE_INSENSITIVE);

    private final List<Line> lines = new ArrayList<>();

    PageText(String text) {
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String plain = plain(raw[i]);
            int start = 0;
            while (start < plain.length() && Character.isWhitespace(plain.charAt(start))) {
                start++;
            }
            int end = plain.length();
            while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
                end--;
            }
            lines.add(new Line(i + 1, start, plain.substring(start, end)));
        }
    }

    List<Line> lines() {
        return lines;
    }

    Line line(int number) {
        return lines.get(number - 1);
    }

    /** Typographic quotes, no-break spaces and tabs to plain ones, one character for one. */
    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> '\'';
                case '\u201C', '\u201D' -> '"';
                case '\u00A0', '\t', '\u2007', '\u202F' -> ' ';
                case '\u2010', '\u2011' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    static List<Piece> sentences(String text) {
        return split(SENTENCE_END, new Piece(text, 0));
    }

    static List<Piece> clauses(Piece sentence) {
        return split(CLAUSE_BREAK, sentence);
    }

    private static List<Piece> split(Pattern p, Piece whole) {
        List<Piece> out = new ArrayList<>();
        Matcher m = p.matcher(whole.text());
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                out.add(new Piece(whole.text().substring(from, m.start()), whole.start() + from));
            }
            from = m.end();
        }
        if (from < whole.text().length()) {
            out.add(new Piece(whole.text().substring(from), whole.start() + from));
        }
        return out;
    }
}

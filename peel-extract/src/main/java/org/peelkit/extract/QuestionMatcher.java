package org.peelkit.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Pillar;
import org.peelkit.model.Question;

/**
 * Finds the question of a cycle that a phrase of HMICFRS prose is about ("its planning for future
 * demand", "how it investigates crime"), by the words of the catalogue's labels and wordings, never
 * by strings fitted to particular pages. A phrase that fits no question, or two equally, matches
 * nothing. A phrase that lists several areas ("preventing crime and treating people fairly") is cut
 * at its commas and "and"s, and each run of pieces matched on its own.
 */
final class QuestionMatcher {

    private static final Set<String> STOP = Set.of("the", "and", "its", "for", "with", "how", "does", "what", "extent",
            "well", "force", "forces", "police", "constabulary", "effective", "effectively", "efficient", "efficiently",
            "legitimate", "legitimately", "both", "all", "that", "this", "which", "their", "them", "they", "very", "good",
            "outstanding", "adequate", "inadequate", "requires", "improvement", "overall", "also", "way", "are", "has",
            "have", "been", "into", "from", "about", "our", "who", "whom", "more", "most", "some", "any");
    /** Words HMICFRS uses interchangeably with a label's word. */
    private static final Map<String, String> SAME = Map.of("people", "public", "using", "use", "persons", "public",
            "individuals", "public", "offenders", "offending", "reoffending", "offending");
    private static final Pattern WORD = Pattern.compile("[^a-z]+");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:both |either |in |at |its |their |the force's |the constabulary's |respect of |"
                    + "how (?:well )?(?:the force |the constabulary |it )?|the way (?:in which )?(?:the force |it )?|"
                    + "(?:it |the force )?(?:ensures? (?:that )?)?)+");

    /** A question and its terms. */
    private record Entry(Question question, List<Set<String>> termSets) {
    }

    /** One match: the question, and the part of the phrase it came from. */
    record Match(Question question, String phrase) {
    }

    private final List<Entry> entries = new ArrayList<>();
    /** How many questions of the cycle use each term: a term only one question uses names it. */
    private final Map<String, Integer> questionsUsing = new java.util.HashMap<>();

    QuestionMatcher(Cycle cycle) {
        for (Question q : cycle.questions()) {
            if (q.isPillar()) {
                continue;
            }
            List<Set<String>> sets = new ArrayList<>();
            sets.add(terms(q.label()));
            q.wording().ifPresent(w -> sets.add(terms(w)));
            entries.add(new Entry(q, sets));
            Set<String> all = new LinkedHashSet<>();
            sets.forEach(all::addAll);
            all.forEach(t -> questionsUsing.merge(t, 1, Integer::sum));
        }
    }

    /** @return the one question the phrase is about, if exactly one fits well */
    Optional<Question> single(String phrase) {
        Set<String> t = terms(clean(phrase));
        return t.isEmpty() ? Optional.empty() : best(t, null);
    }

    /** @return the one question of that pillar the phrase is about */
    Optional<Question> single(String phrase, Pillar pillar) {
        Set<String> t = terms(clean(phrase));
        return t.isEmpty() ? Optional.empty() : best(t, pillar);
    }

    /**
     * @param phrase a phrase that may name several areas
     * @return each area named, in order; empty when any piece with content could not be placed
     */
    List<Match> all(String phrase, List<String> unplaced) {
        List<String> pieces = new ArrayList<>();
        for (String p : phrase.split(",\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|;\\s*|\\s+as well as\\s+")) {
            String c = clean(p.strip());
            if (!c.isEmpty()) {
                pieces.add(c);
            }
        }
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int taken = 0;
            for (int j = pieces.size(); j > i; j--) {
                String span = String.join(" and ", pieces.subList(i, j));
                Set<String> t = terms(span);
                Optional<Question> q = t.isEmpty() ? Optional.empty() : best(t, null);
                if (q.isPresent() && everyPieceSpeaksOf(q.get(), pieces.subList(i, j))) {
                    out.add(new Match(q.get(), span));
                    taken = j - i;
                    break;
                }
            }
            if (taken == 0) {
                boolean continues = !out.isEmpty() && sharesAWord(out.get(out.size() - 1).question(), pieces.get(i));
                if (!continues && !terms(pieces.get(i)).isEmpty()) {
                    unplaced.add(pieces.get(i));
                }
                taken = 1;
            }
            i += taken;
        }
        return out;
    }

    /** Every term of a question's label and wording. */
    private Set<String> wordsOf(Question q) {
        Set<String> words = new LinkedHashSet<>();
        entries.stream().filter(e -> e.question().equals(q)).forEach(e -> e.termSets().forEach(words::addAll));
        return words;
    }

    private boolean sharesAWord(Question q, String piece) {
        Set<String> words = wordsOf(q);
        return terms(piece).stream().anyMatch(words::contains);
    }

    /** A run of pieces is one area only if each piece shares a word with it ("manages offenders" is not investigating). */
    private boolean everyPieceSpeaksOf(Question q, List<String> pieces) {
        if (pieces.size() == 1) {
            return true;
        }
        Set<String> words = wordsOf(q);
        for (String p : pieces) {
            Set<String> t = terms(p);
            if (t.stream().noneMatch(words::contains)) {
                return false;
            }
            Optional<Question> alone = t.isEmpty() ? Optional.empty() : best(t, null);
            if (alone.isPresent() && !alone.get().equals(q)) {
                return false; // the piece names another area of its own ("protects vulnerable people")
            }
        }
        return true;
    }

    static String clean(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("[.\"'!?:]+$", "").strip();
        return LEAD.matcher(p).replaceFirst("").strip();
    }

    private Optional<Question> best(Set<String> topic, Pillar pillar) {
        Question best = null;
        double bestScore = 0;
        double bestCover = 0;
        double second = 0;
        for (Entry e : entries) {
            if (pillar != null && !e.question().pillar().equals(Optional.of(pillar))) {
                continue;
            }
            double score = 0;
            double cover = 0;
            for (Set<String> l : e.termSets()) {
                long shared = l.stream().filter(topic::contains).count();
                double lc = l.isEmpty() ? 0 : (double) shared / l.size();
                double tc = (double) shared / topic.size();
                double s = (2 * lc + tc) / 3;
                if (s > score) {
                    score = s;
                    cover = lc;
                }
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                bestCover = cover;
                best = e.question();
            } else if (score > second) {
                second = score;
            }
        }
        boolean covered = bestCover >= 0.6 || bestCover >= 0.5 && best != null && names(best, topic);
        boolean sure = best != null && covered && bestScore >= 0.55 && bestScore - second >= 0.12;
        return sure ? Optional.of(best) : Optional.empty();
    }

    /** Every word of the phrase is the question's, and one of them is the question's alone ("preventing crime"). */
    private boolean names(Question q, Set<String> topic) {
        Set<String> words = wordsOf(q);
        return words.containsAll(topic) && topic.stream().anyMatch(t -> questionsUsing.getOrDefault(t, 0) == 1);
    }

    /** The content words of a text, each cut to a short stem, so that "investigates" meets "investigating". */
    static Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT).replace("anti-social", "antisocial").replace("re-offending", "reoffending");
        for (String w : WORD.split(lower)) {
            if (w.length() < 3 || STOP.contains(w)) {
                continue;
            }
            out.add(stem(SAME.getOrDefault(w, w)));
        }
        return out;
    }

    static String stem(String w) {
        for (String suffix : List.of("ments", "ment", "ness", "ingly", "ing", "ly", "es", "s", "ed")) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        int n = w.length();
        if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}

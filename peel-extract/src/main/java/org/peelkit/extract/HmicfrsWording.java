package org.peelkit.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.Pillar;

/**
 * How HMICFRS words its judgments, cycle by cycle, as patterns: the pillar headline ("The extent to
 * which the force is effective at ... is good", the colon form, the statuses), grades in prose
 * ("is judged to be outstanding in ...", "requires improvement in ...", "... is assessed to be
 * good", "... in respect of its legitimacy"), lists of named areas in news releases, earlier and
 * carried-over judgments, and what is not a present judgment ("last year", "was", "would be").
 */
final class HmicfrsWording {

    private HmicfrsWording() {
    }

    static final String GRADE = "(outstanding|good|adequate|inadequate|requires improvement)";
    static final String ADVERB = "(?:(?:also|still|now|currently|generally|overall|consistently|clearly|therefore)\\s+)?";
    static final String JUDGED = "(?:(?:judged|assessed|graded|considered|rated)\\s+(?:to be|as)\\s+)?";
    static final Pattern HEADLINE = Pattern.compile("(?:^|:\\s*)the extent to which\\s+(.+?)(?:\\s+is:?\\s+|:\\s*|\\s+)"
            + "(outstanding|good|adequate|inadequate|requires improvement|not yet graded|not graded|to be graded)\\s*[.;]?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PILLAR_WORD = Pattern.compile(
            "\\b(effective(?:ly|ness)?|efficien(?:t|tly|cy)|legitima(?:te|tely|cy))\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern IN_RESPECT = Pattern.compile("^(.*?)\\s*(?:\\bis|has been (?:assessed|judged|graded) as|was assessed as)\\s+"
            + "(outstanding|good|adequate|inadequate)\\s+in respect of\\s+(.+?)\\.?$|^(.*?)\\s*requires improvement in respect of\\s+(.+?)\\.?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern GRADE_AT = Pattern.compile("^(.*?)\\s*\\b(?:is|are|has been|have been)\\s+" + ADVERB + JUDGED
            + "(outstanding|good|adequate|inadequate)\\s+(?:at|in|when it comes to)\\s+(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    /** "is judged to" before "require improvement". */
    static final String JUDGED_TO = "(?:\\b(?:is|are|has been|have been)\\s+(?:judged|assessed|considered|graded|deemed)\\s+to\\s+)?";
    static final Pattern IMPROVE_AT = Pattern.compile("^(.*?)\\s*" + JUDGED_TO + "\\b" + ADVERB
            + "(?:requires|require)\\s+improvement\\s+(?:at|in|to)\\s+(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    static final Pattern TOPIC_IS = Pattern.compile("^(.+?)\\s+(?:is|are)\\s+" + ADVERB + JUDGED
            + "(outstanding|good|adequate|inadequate)\\.?$|^(.+?)\\s+" + JUDGED_TO + ADVERB + "requires? improvement\\.?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern EARLIER = Pattern.compile("^in (\\d{4})(?:/(\\d{2}))?,? we (?:judged|graded|assessed|found) (.+?) "
            + "(?:to be|as|was) (outstanding|good|adequate|inadequate)(?: (?:at|in) (.+?))?\\.?$|^in (\\d{4})(?:/(\\d{2}))?,? we "
            + "(?:judged|found) (.+?) to require improvement(?: (?:at|in) (.+?))?\\.?$", Pattern.CASE_INSENSITIVE);
    static final Pattern CARRIED = Pattern.compile("\\bjudgment from (?:the |our )?(\\d{4})(?:/(\\d{2}))?\\b.*?\\bcarried (?:over|forward)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PAST = Pattern.compile("\\b(?:was|were|had been|last year|previously|we judged|would be|could be|"
            + "should be|will be|to become|aims? to be|if)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern LIST_IMPROVE = Pattern.compile("\\bareas? (?:requiring|that require|which require|in need of|needing|"
            + "for) improvement (?:include|includes|are|were|was|is)\\s*:?\\s*(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    static final Pattern LIST_GRADE = Pattern.compile("\\bthe (outstanding|good|adequate|inadequate) areas? "
            + "(?:was|were|is|are|include|includes)\\s*:?\\s*(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    static final Pattern LEAD = Pattern.compile("^(?:[\"'(\\-\u2022*]+\\s*|(?:however|overall|also|and|but|so|furthermore|moreover|"
            + "in addition|in general|in summary|in conclusion|in particular|as a result|therefore|equally|similarly|"
            + "we found|we found that|in terms of [^,]{1,60}),?\\s+)+", Pattern.CASE_INSENSITIVE);
    static final Pattern LAST_UPDATED = Pattern.compile("Last updated:?\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})", Pattern.CASE_INSENSITIVE);
    static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    static final Pattern INSPECTOR_LINE = Pattern.compile("(.+?), (?:Her|His) Majesty's Inspector of Constabulary.*");
    static final Pattern AREA_FOR_IMPROVEMENT = Pattern.compile("Area for improvement(?: \\d+)?:? (.+)");
    static final Pattern GENERIC = Pattern.compile("^(?:at )?(?:keep(?:ing|s)? people safe and reduc(?:ing|es) crime|"
            + "reduc(?:ing|es) crime and keep(?:ing|s) people safe)$");
    static final Pattern PILLAR_NOUN = Pattern.compile("^(?:the |its )?(?:overall )?(effectiveness|efficiency|legitimacy)\\b\\s*(.*)$");
    static final Pattern INNER_HEADING = Pattern.compile("^(?:areas? for improvement|causes? of concern|recommendations?|"
            + "summary|questions? for .*|view .*|read .*|contact .*|skip .*|get the report|innovative practice|"
            + "promising practice|last updated.*)$", Pattern.CASE_INSENSITIVE);

    static final Pattern TABLE_ROW = Pattern.compile("^(.{3,100}?)\\s*(?:[:|\u2013\u2014-]\\s*|\\s{2,}|\\t)"
            + "(Outstanding|Good|Adequate|Requires improvement|Inadequate)\\.?$", Pattern.CASE_INSENSITIVE);
    /** Longer clauses are not read (no real sentence is this long); they are reported instead. */
    static final int LONGEST_CLAUSE = 1_000;
    /** Where a grade's topic ends: "good at responding to calls, but ..." is about responding only. */
    static final Pattern CONTRAST = Pattern.compile(",?\\s+(?:but|although|though|while|whereas|however|except|despite)\\b");
    /** The most notes kept for one page. */
    static final int MOST_NOTES = 500;


    static final Pattern GRADE_WORD = Pattern.compile("\\b(outstanding|good|adequate|inadequate|requires? improvement)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern QUOTED_GRADE = Pattern.compile("['\"](outstanding|good|adequate|inadequate|requires improvement)['\"]",
            Pattern.CASE_INSENSITIVE);

    /** "is 'good' at" to "is  good  at": the quotes become spaces, so every column stays true. */
    static String unquoteGrades(String s) {
        Matcher m = QUOTED_GRADE.matcher(s);
        StringBuilder b = new StringBuilder(s);
        while (m.find()) {
            b.setCharAt(m.start(), ' ');
            b.setCharAt(m.end() - 1, ' ');
        }
        return b.toString();
    }

    static String letters(String s) {
        return PageText.plain(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
    }

    static Optional<Pillar> pillarOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("effective")) {
            return Optional.of(Pillar.EFFECTIVENESS);
        }
        if (w.startsWith("efficien")) {
            return Optional.of(Pillar.EFFICIENCY);
        }
        return w.startsWith("legitima") ? Optional.of(Pillar.LEGITIMACY) : Optional.empty();
    }

    static Optional<JudgmentStatus> status(String s) {
        return switch (s.toLowerCase(Locale.ROOT).strip()) {
            case "not yet graded", "to be graded" -> Optional.of(JudgmentStatus.NOT_YET_GRADED);
            case "not graded" -> Optional.of(JudgmentStatus.NOT_GRADED);
            case "ungraded" -> Optional.of(JudgmentStatus.UNGRADED);
            default -> Optional.empty();
        };
    }
}

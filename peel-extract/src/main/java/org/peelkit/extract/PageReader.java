package org.peelkit.extract;

import static org.peelkit.extract.HmicfrsWording.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelkit.extract.ExtractionNote.Kind;
import org.peelkit.extract.PageIdentity.Found;
import org.peelkit.extract.PageReading.Located;
import org.peelkit.io.Location;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Catalogue;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.Cycle;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;
import org.peelkit.model.Grade;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Pillar;
import org.peelkit.model.Question;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/**
 * Reads one page into statements, the way HMICFRS writes them in every cycle: pillar headlines
 * ("The extent to which the force is effective at ... requires improvement", the colon form, the
 * statuses), headings with a bare grade line under them (pillar sub-pages, question sections, the
 * areas of reports from 2021/22), grades in prose ("is outstanding at treating the people it
 * serves with fairness and respect", "its use of resources ... is assessed to be good"), lists of
 * named areas in news releases, carried-over judgments and "Last updated" dates.
 */
final class PageReader {

    private final Catalogue catalogue;
    private final PageIdentity identity;

    PageReader(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.identity = new PageIdentity(catalogue);
    }

    PageReading read(String text, String source, Hints hints) {
        return new Reading(source, new PageText(text), hints).read();
    }

    /** The current heading: the question it asks (if any), its text, and what it has seen. */
    private static final class Section {
        final Optional<Question> question;
        final String name;
        final Location at;
        final List<Statement> gradeLines = new ArrayList<>();
        Optional<String> carriedOverFrom = Optional.empty();

        Section(Optional<Question> question, String name, Location at) {
            this.question = question;
            this.name = name;
            this.at = at;
        }
    }

    /** The work of reading one page. */
    private final class Reading {
        private final String source;
        private final PageText text;
        private final Hints hints;
        private final List<ExtractionNote> notes = new ArrayList<>();
        private int notesLeftOut;
        private final List<Statement> statements = new ArrayList<>();
        private final List<Statement.Updated> updated = new ArrayList<>();
        private final List<Located<Finding>> findings = new ArrayList<>();
        private Located<String> inspector;
        private Cycle cycle;
        private Force force;
        private QuestionMatcher matcher;
        private Section section;
        private final Set<String> opened = new HashSet<>();

        Reading(String source, PageText text, Hints hints) {
            this.source = source;
            this.text = text;
            this.hints = hints;
        }

        PageReading read() {
            Optional<Found<Cycle>> c = reconcile("cycle", identity.cycle(text), hints.cycle(), catalogue::cycle, Cycle::id);
            List<String> ambiguity = new ArrayList<>();
            Optional<Found<Force>> f = reconcile("force", identity.force(text, ambiguity), hints.force(), catalogue::force, Force::id);
            ambiguity.forEach(a -> note(ExtractionNote.whole(Kind.UNPLACED, source, a)));
            if (c.isEmpty()) {
                note(ExtractionNote.whole(Kind.MISSING, source, "No PEEL cycle is named in the text (e.g. a title "
                        + "\"Kent 2017\" or \"PEEL 2021/22\"); give one with --cycle"));
            }
            if (f.isEmpty()) {
                note(ExtractionNote.whole(Kind.MISSING, source, "No force of the catalogue is named in the text; give one with --force"));
            }
            if (c.isPresent()) {
                cycle = c.get().value();
                force = f.map(Found::value).orElse(null);
                matcher = new QuestionMatcher(cycle);
                for (PageText.Line line : text.lines()) {
                    readLine(line);
                }
                closeSection();
                endsMidSentence();
            }
            if (notesLeftOut > 0) {
                notes.add(ExtractionNote.whole(Kind.UNPLACED, source, notesLeftOut + " further notes on this page are not shown"));
            }
            return new PageReading(source, f, c, statements, updated, findings, Optional.ofNullable(inspector), notes);
        }

        /** Keeps a note; past {@link #MOST_NOTES} only counts them, so memory does not grow with the text. */
        private void note(ExtractionNote n) {
            if (notes.size() < MOST_NOTES) {
                notes.add(n);
            } else {
                notesLeftOut++;
            }
        }

        private <T> Optional<Found<T>> reconcile(String what, Optional<Found<T>> inText, Optional<String> hint,
                                                 java.util.function.Function<String, Optional<T>> lookUp,
                                                 java.util.function.Function<T, String> id) {
            if (hint.isEmpty()) {
                return inText;
            }
            Optional<T> hinted = lookUp.apply(hint.get());
            if (hinted.isEmpty()) {
                note(ExtractionNote.whole(Kind.MISSING, source, "The " + what + " hint '" + hint.get()
                        + "' is not a " + what + " of the catalogue"));
                return Optional.empty();
            }
            if (inText.isPresent() && !id.apply(inText.get().value()).equals(hint.get())) {
                Found<T> t = inText.get();
                note(new ExtractionNote(Kind.CONFLICT, source, t.at(), "The text names the " + what + " '"
                        + id.apply(t.value()) + "' here, but the hint says '" + hint.get() + "'; neither was taken"));
                return Optional.empty();
            }
            return inText.isPresent() ? inText : Optional.of(new Found<>(hinted.get(), Optional.empty(), ""));
        }

        // ---- lines -----------------------------------------------------------------------------

        private void readLine(PageText.Line line) {
            String s = line.text();
            if (s.isEmpty()) {
                return;
            }
            Matcher hmi = INSPECTOR_LINE.matcher(s);
            if (hmi.matches()) {
                setInspector(hmi.group(1), line, 0);
                return;
            }
            if (s.equals("HM Inspector of Constabulary") || s.equals("His Majesty's Inspector of Constabulary")) {
                previousLine(line).ifPresent(p -> setInspector(p.text(), p, 0));
                return;
            }
            if (LAST_UPDATED.matcher(s).find()) {
                lastUpdated(line);
                return;
            }
            Optional<Statement> bare = bareGrade(line);
            if (bare.isPresent()) {
                gradeLine(line, bare.get());
                return;
            }
            if (tableRow(line)) {
                return;
            }
            Optional<Question> heading = heading(s);
            if (heading.isPresent() && (isPillarPage() || opened.add(heading.get().id()))) {
                openSection(heading, line);
                return;
            }
            if (isPillarPage() && looksLikeHeading(s)) {
                openSection(Optional.empty(), line);
                return;
            }
            if (s.contains("cause of concern states that:")) {
                causeOfConcern(line);
                return;
            }
            Matcher afi = AREA_FOR_IMPROVEMENT.matcher(s);
            if (afi.matches()) {
                addFinding(new AreaForImprovement(sectionQuestion().map(Question::id), afi.group(1)), line, 0);
                return;
            }
            for (PageText.Piece sentence : PageText.sentences(s)) {
                readSentence(line, sentence);
            }
        }

        /** A saved page that stops mid-sentence: a grade that sentence went on to give is not read. */
        private void endsMidSentence() {
            for (int n = text.lines().size(); n >= 1; n--) {
                PageText.Line last = text.line(n);
                if (last.text().isEmpty()) {
                    continue;
                }
                if (last.text().length() > 60 && !last.text().matches(".*[.?!:;\"')]$")) {
                    note(ExtractionNote.at(Kind.UNPLACED, source, last.at(last.text().length() - 1), "The text ends "
                            + "mid-sentence; a grade the sentence went on to give is cut off and not read"));
                }
                return;
            }
        }

        private boolean isPillarPage() {
            return cycle.gradingLevel() == GradingLevel.PILLARS;
        }

        private Optional<PageText.Line> previousLine(PageText.Line line) {
            for (int n = line.number() - 1; n >= 1; n--) {
                if (!text.line(n).text().isEmpty()) {
                    return Optional.of(text.line(n));
                }
            }
            return Optional.empty();
        }

        private boolean looksLikeHeading(String s) {
            return s.length() <= 60 && s.split("\\s+").length <= 7 && Character.isUpperCase(s.charAt(0))
                    && !s.matches(".*[.,;:!]$") && !s.startsWith("- ") && !INNER_HEADING.matcher(s).matches();
        }

        private Optional<Question> sectionQuestion() {
            return section == null ? Optional.empty() : section.question;
        }

        private void openSection(Optional<Question> q, PageText.Line line) {
            closeSection();
            section = new Section(q, line.text(), line.at(0));
            if (q.isPresent() && !q.get().graded() && q.get().required() && !q.get().isPillar() && !isPillarPage()) {
                statements.add(Statement.of(q.get().id(), JudgmentStatus.UNGRADED, source, line.at(0), line.text()));
            }
        }

        private void closeSection() {
            section = null;
        }

        /** A question heading: a label line ("Effectiveness", "Investigating crime"), or a question ("How ... ?"). */
        private Optional<Question> heading(String s) {
            String key = s.toLowerCase(Locale.ROOT);
            String letters = letters(s);
            for (Question q : cycle.questions()) {
                if (letters(q.label()).equals(letters) || letters(q.id()).equals(letters)
                        || q.wording().map(w -> letters(w).equals(letters)).orElse(false)) {
                    return Optional.of(q);
                }
            }
            if (!s.endsWith("?") || !isPillarPage() || s.length() > 200) {
                return Optional.empty();
            }
            String asked = key.replaceFirst("^(?:how|to what extent)\\s+(?:\\w+\\s+){0,2}?(?:is|are|does|do)\\s+the force(?:'s)?\\s*(?:at\\s+)?", "");
            Matcher generic = GENERIC.matcher(asked.replaceAll("\\?$", ""));
            Matcher pillarWord = PILLAR_WORD.matcher(key);
            Optional<Pillar> pillar = pillarWord.find() && pillarWord.start() < 25 ? pillarOf(pillarWord.group(1)) : Optional.empty();
            if (!generic.matches()) {
                Optional<Question> sub = pillar.isPresent() ? matcher.single(asked, pillar.get()) : matcher.single(asked);
                if (sub.isPresent()) {
                    return sub;
                }
            }
            return pillar.flatMap(p -> cycle.question(p.id()));
        }

        /** A row of a grade table: "Investigating crime: Inadequate", "Investigating crime  Inadequate". */
        private boolean tableRow(PageText.Line line) {
            Matcher m = TABLE_ROW.matcher(line.text());
            if (!m.matches() || line.text().length() > 140) {
                return false;
            }
            Optional<Question> q = heading(m.group(1));
            if (q.isEmpty() || q.get().isPillar() && !isPillarPage()) {
                return false;
            }
            Grade g = Grade.parse(m.group(2));
            if (!q.get().graded() || !cycle.isSupported(g)) {
                note(ExtractionNote.at(Kind.UNPLACED, source, line.at(0), "The row '" + line.text() + "' gives a grade "
                        + cycle.name() + " does not give there; not taken"));
                return true;
            }
            statements.add(Statement.of(q.get().id(), g, source, line.at(0), line.text()).asHeadline());
            return true;
        }

        private Optional<Statement> bareGrade(PageText.Line line) {
            String s = line.text().replaceFirst("[.:]$", "").strip();
            if (s.length() > 24) {
                return Optional.empty();
            }
            for (Grade g : Grade.values()) {
                if (g.label().equalsIgnoreCase(s)) {
                    return Optional.of(Statement.of("?", g, source, line.at(0), line.text()));
                }
            }
            Optional<JudgmentStatus> status = status(s);
            return status.map(st -> Statement.of("?", st, source, line.at(0), line.text()));
        }

        private void gradeLine(PageText.Line line, Statement bare) {
            Optional<Question> q = sectionQuestion();
            if (q.isEmpty()) {
                note(ExtractionNote.at(Kind.UNPLACED, source, line.at(0), "The grade line '" + line.text()
                        + "' is not under a heading of a judgment of " + cycle.name()
                        + (section == null ? "" : " (it is under '" + section.name + "')")));
                return;
            }
            if (bare.grade().isPresent() && !q.get().graded()) {
                note(ExtractionNote.at(Kind.UNPLACED, source, line.at(0), "The grade line '" + line.text() + "' is under '"
                        + q.get().label() + "', which " + cycle.name() + " does not grade"));
                return;
            }
            Statement st = new Statement(q.get().id(), bare.grade(), bare.status(), source, bare.at(), bare.text(),
                    section.carriedOverFrom, true);
            statements.add(st);
            section.gradeLines.add(st);
            if (!isPillarPage()) {
                closeSection();
            }
        }

        private void lastUpdated(PageText.Line line) {
            List<Located<PartialDate>> dates = new ArrayList<>();
            Matcher m = DATE.matcher(line.text());
            while (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                    dates.add(new Located<>(PartialDate.of(d), source, line.at(m.start()), line.text()));
                } catch (DateTimeException e) {
                    note(ExtractionNote.at(Kind.UNPLACED, source, line.at(m.start()), "'" + m.group() + "' is not a calendar date"));
                }
            }
            if (dates.stream().map(Located::value).distinct().count() > 1) {
                note(ExtractionNote.at(Kind.CONFLICT, source, line.at(0), "The line gives two dates ("
                        + dates.get(0).value() + " at " + dates.get(0).at() + ", " + dates.get(1).value() + " at " + dates.get(1).at()
                        + "); neither was taken"));
                return;
            }
            if (dates.isEmpty()) {
                return;
            }
            Optional<Question> q = sectionQuestion();
            if (q.isEmpty()) {
                note(ExtractionNote.at(Kind.UNPLACED, source, line.at(0), "'" + line.text() + "' belongs to "
                        + (section == null ? "no heading" : "the heading '" + section.name + "'") + ", which is not a judgment of "
                        + cycle.name()));
                return;
            }
            updated.add(new Statement.Updated(q.get().id(), dates.get(0).value(), source, dates.get(0).at(), line.text()));
            if (!q.get().graded() && !q.get().isPillar()) {
                statements.add(Statement.of(q.get().id(), JudgmentStatus.UNGRADED, source, line.at(0), line.text()));
            }
        }

        // ---- prose -----------------------------------------------------------------------------

        private void readSentence(PageText.Line line, PageText.Piece raw) {
            if (raw.text().length() > LONGEST_CLAUSE) {
                if (GRADE_WORD.matcher(raw.text()).find()) {
                    note(ExtractionNote.at(Kind.UNPLACED, source, line.at(raw.start()), "A sentence of "
                            + raw.text().length() + " characters is too long to be read; grades in it were not taken"));
                }
                return;
            }
            PageText.Piece sentence = new PageText.Piece(unquoteGrades(raw.text()), raw.start());
            String s = sentence.text();
            Matcher carried = CARRIED.matcher(s);
            if (carried.find()) {
                carriedOver(line, sentence, carried);
                return;
            }
            if (s.toLowerCase(Locale.ROOT).contains("narrative rather than graded") || s.toLowerCase(Locale.ROOT).contains("narrative judgment")) {
                cycle.questions().stream().filter(q -> !q.graded() && !q.isPillar()
                                && line.text().toLowerCase(Locale.ROOT).contains(q.label().toLowerCase(Locale.ROOT)))
                        .findFirst().ifPresent(q -> statements.add(Statement.of(q.id(), JudgmentStatus.UNGRADED, source,
                                line.at(sentence.start()), line.text())));
                return;
            }
            Matcher headline = HEADLINE.matcher(s);
            if (headline.find()) {
                headline(line, sentence, headline);
                return;
            }
            for (Pattern p : List.of(LIST_IMPROVE, LIST_GRADE)) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    Grade g = p == LIST_IMPROVE ? Grade.REQUIRES_IMPROVEMENT : Grade.parse(m.group(1));
                    String list = p == LIST_IMPROVE ? m.group(1) : m.group(2);
                    placeAll(line, line.at(sentence.start() + m.start()), list, g, Optional.empty());
                    return;
                }
            }
            for (PageText.Piece clause : PageText.clauses(sentence)) {
                readClause(line, clause);
            }
        }

        private void headline(PageText.Line line, PageText.Piece sentence, Matcher m) {
            Location at = line.at(sentence.start() + m.start());
            Matcher word = PILLAR_WORD.matcher(m.group(1));
            Optional<Question> q = word.find() ? pillarOf(word.group(1)).flatMap(p -> cycle.question(p.id())) : Optional.empty();
            if (q.isEmpty() || !isPillarPage()) {
                note(ExtractionNote.at(Kind.UNPLACED, source, at, "A headline names no pillar of " + cycle.name()
                        + " that the extractor recognised: '" + sentence.text() + "'"));
                return;
            }
            String value = m.group(2).toLowerCase(Locale.ROOT);
            Optional<JudgmentStatus> status = status(value);
            if (status.isPresent()) {
                statements.add(Statement.of(q.get().id(), status.get(), source, at, line.text()));
            } else {
                add(q.get(), Grade.parse(value), at, line, Optional.empty());
                int last = statements.size() - 1;
                if (last >= 0 && statements.get(last).at().equals(at)) {
                    statements.set(last, statements.get(last).asHeadline());
                }
            }
        }

        private void readClause(PageText.Line line, PageText.Piece clause) {
            String c = LEAD.matcher(clause.text().strip()).replaceFirst("");
            if (!c.toLowerCase(Locale.ROOT).matches(".*\\b(outstanding|good|adequate|inadequate|requires? improvement)\\b.*")) {
                return;
            }
            Location at = line.at(clause.start() + Math.max(0, clause.text().indexOf(c.isEmpty() ? " " : c.substring(0, 1))));
            Matcher earlier = EARLIER.matcher(c);
            if (earlier.matches()) {
                earlier(line, at, earlier);
                return;
            }
            if (PAST.matcher(c).find()) {
                return;
            }
            Matcher respect = IN_RESPECT.matcher(c);
            if (respect.matches()) {
                boolean ri = respect.group(1) == null;
                String subject = ri ? respect.group(4) : respect.group(1);
                if (isForce(subject)) {
                    Grade g = ri ? Grade.REQUIRES_IMPROVEMENT : Grade.parse(respect.group(2));
                    placeTopic(line, at, ri ? respect.group(5) : respect.group(3), g, c);
                }
                return;
            }
            Matcher gradeAt = GRADE_AT.matcher(c);
            if (gradeAt.matches() && isForce(gradeAt.group(1))) {
                placeTopic(line, at, gradeAt.group(3), Grade.parse(gradeAt.group(2)), c);
                return;
            }
            Matcher improve = IMPROVE_AT.matcher(c);
            if (improve.matches() && isForce(improve.group(1))) {
                placeTopic(line, at, improve.group(2), Grade.REQUIRES_IMPROVEMENT, c);
                return;
            }
            Matcher topicIs = TOPIC_IS.matcher(c);
            if (topicIs.matches()) {
                boolean ri = topicIs.group(1) == null;
                Optional<String> topic = ownTopic(ri ? topicIs.group(3) : topicIs.group(1));
                if (topic.isPresent()) {
                    placeTopic(line, at, topic.get(), ri ? Grade.REQUIRES_IMPROVEMENT : Grade.parse(topicIs.group(2)), c);
                }
            }
        }

        /** "In 2017/18, we judged the force to be good at preventing crime": an earlier cycle's judgment, carried over. */
        private void earlier(PageText.Line line, Location at, Matcher m) {
            boolean ri = m.group(1) == null;
            String year = ri ? m.group(6) : m.group(1);
            String end = ri ? m.group(7) : m.group(2);
            String subject = ri ? m.group(8) : m.group(3);
            String topic = ri ? m.group(9) : m.group(5);
            Optional<Cycle> from = identity.cycleOf(year, end).or(() -> identity.cycleOf(year, null));
            if (from.isEmpty() || !catalogue.isEarlier(from.get().id(), cycle.id()) || !isForce(subject)) {
                return;
            }
            Grade g = ri ? Grade.REQUIRES_IMPROVEMENT : Grade.parse(m.group(4));
            if (topic == null) {
                sectionQuestion().ifPresent(q -> add(q, g, at, line, Optional.of(from.get().id())));
            } else {
                placeAll(line, at, topic, g, Optional.of(from.get().id()));
            }
        }

        private void carriedOver(PageText.Line line, PageText.Piece sentence, Matcher m) {
            Optional<Cycle> from = identity.cycleOf(m.group(1), m.group(2)).or(() -> identity.cycleOf(m.group(1), null));
            if (from.isEmpty() || section == null || section.question.isEmpty()) {
                note(ExtractionNote.at(Kind.UNPLACED, source, line.at(sentence.start()), "A carried-over judgment that is "
                        + "under no heading of a judgment: '" + sentence.text() + "'"));
                return;
            }
            section.carriedOverFrom = Optional.of(from.get().id());
            for (Statement st : section.gradeLines) {
                statements.set(statements.indexOf(st), st.carriedOverFrom(from.get().id()));
            }
            section.gradeLines.replaceAll(st -> st.carriedOverFrom(from.get().id()));
        }

        /** The part of "Kent Police's effectiveness at ...", "its use of resources", "how the force ..." that is the topic. */
        private Optional<String> ownTopic(String subject) {
            String s = subject.strip();
            String lower = s.toLowerCase(Locale.ROOT);
            List<String> owners = new ArrayList<>(List.of("the force's ", "the constabulary's ", "the service's ", "its ",
                    "how the force ", "how well the force ", "how it ", "how well it ", "the way the force ", "the way in which the force ",
                    "the way it ", "the effectiveness", "the efficiency", "the legitimacy"));
            if (force != null) {
                for (String n : forceNames()) {
                    owners.add(n + "'s ");
                    owners.add("how " + n + " ");
                }
            }
            for (String o : owners) {
                if (lower.startsWith(o)) {
                    return Optional.of(o.startsWith("the effectiveness") || o.startsWith("the efficiency") || o.startsWith("the legitimacy")
                            ? lower : lower.substring(o.length()));
                }
            }
            return Optional.empty();
        }

        private List<String> forceNames() {
            List<String> out = new ArrayList<>();
            for (String n : PageIdentity.names(force)) {
                out.add(n.toLowerCase(Locale.ROOT));
                out.add(n.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
            }
            PageIdentity.shortNames(force).forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
            return out;
        }

        private boolean isForce(String subject) {
            String s = subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT).replaceAll("^[\"'(]+", "")
                    .replaceFirst("^the ", "");
            if (Set.of("", "force", "constabulary", "service", "it", "police force", "police service").contains(s)) {
                return true;
            }
            if (force == null) {
                return false;
            }
            return forceNames().stream().map(n -> n.replaceFirst("^the ", "")).anyMatch(s::equals);
        }

        private void placeTopic(PageText.Line line, Location at, String topic, Grade g, String clause) {
            String t = QuestionMatcher.clean(CONTRAST.split(topic, 2)[0]);
            Matcher noun = PILLAR_NOUN.matcher(t);
            if (noun.matches()) {
                Pillar p = Pillar.fromId(noun.group(1)).orElseThrow();
                Optional<Question> pillarQ = cycle.question(p.id());
                if (!isPillarPage() || pillarQ.isEmpty()) {
                    unplaced(at, clause, cycle.name() + " grades no pillars");
                    return;
                }
                String rest = noun.group(2).replaceFirst("^(?:at|in)\\s+", "");
                Optional<Question> sub = GENERIC.matcher(rest).matches() || rest.equals(noun.group(2)) ? Optional.empty()
                        : matcher.single(rest, p);
                add(sub.orElse(pillarQ.get()), g, at, line, Optional.empty());
                return;
            }
            if (GENERIC.matcher(t).matches()) {
                Optional<Question> pillarQ = sectionQuestion().flatMap(Question::pillar).flatMap(p -> cycle.question(p.id()));
                if (isPillarPage() && pillarQ.isPresent()) {
                    add(pillarQ.get(), g, at, line, Optional.empty());
                } else {
                    unplaced(at, clause, "it names no pillar and is under no pillar's heading");
                }
                return;
            }
            List<String> left = new ArrayList<>();
            List<QuestionMatcher.Match> matches = matcher.all(t, left);
            matches.forEach(mm -> add(mm.question(), g, at, line, Optional.empty()));
            if (!left.isEmpty()) {
                unplaced(at, clause, "no question of " + cycle.name() + " fits '" + String.join("', '", left) + "'"
                        + (matches.isEmpty() ? "" : " (the rest was placed)"));
            }
        }

        private void placeAll(PageText.Line line, Location at, String list, Grade g, Optional<String> carriedOverFrom) {
            List<String> left = new ArrayList<>();
            matcher.all(QuestionMatcher.clean(list), left).forEach(mm -> add(mm.question(), g, at, line, carriedOverFrom));
            if (!left.isEmpty()) {
                unplaced(at, list, "no question of " + cycle.name() + " fits '" + String.join("', '", left) + "'");
            }
        }

        private void unplaced(Location at, String clause, String why) {
            note(ExtractionNote.at(Kind.UNPLACED, source, at, "A grade in '" + clause + "' was not placed: " + why));
        }

        private void add(Question q, Grade g, Location at, PageText.Line line, Optional<String> carriedOverFrom) {
            Optional<Question> within = sectionQuestion();
            if (!isPillarPage() && within.isPresent() && !within.get().equals(q)) {
                note(ExtractionNote.at(Kind.UNPLACED, source, at, "A grade for '" + q.label() + "' stated in the section '"
                        + within.get().label() + "' was not taken: in a report, a section grades only its own area"));
                return;
            }
            if (!q.graded()) {
                note(ExtractionNote.at(Kind.UNPLACED, source, at, "'" + q.label() + "' is stated as " + g.id()
                        + ", but " + cycle.name() + " does not grade it; not taken"));
                return;
            }
            if (!cycle.isSupported(g)) {
                note(ExtractionNote.at(Kind.UNPLACED, source, at, "'" + g.label() + "' is not a grade of " + cycle.name()
                        + "; not taken"));
                return;
            }
            Statement st = Statement.of(q.id(), g, source, at, line.text());
            statements.add(carriedOverFrom.map(st::carriedOverFrom).orElse(st));
        }

        // ---- findings ----------------------------------------------------------------------------

        /**
         * A cause of concern: its text on the next line; its recommendations are the bullets after a "The force
         * should:" within the three lines after that text, and there are none without one (a later list belongs
         * to another heading).
         */
        private void causeOfConcern(PageText.Line line) {
            int n = line.number();
            if (n >= text.lines().size()) {
                return;
            }
            PageText.Line body = text.line(n + 1);
            List<Recommendation> recommendations = new ArrayList<>();
            int last = Math.min(n + 4, text.lines().size());
            for (int j = n + 2; j <= last; j++) {
                if (text.line(j).text().equals("The force should:")) {
                    for (int k = j + 1; k <= text.lines().size() && text.line(k).text().startsWith("- "); k++) {
                        recommendations.add(new Recommendation(sentence(text.line(k).text().substring(2)),
                                RecommendationStatus.OPEN, Optional.empty()));
                    }
                    break;
                }
            }
            Matcher mentioned = Pattern.compile("PEEL (\\d{4})(?:\\s*[/\u2013-]\\s*(\\d{2,4}))?").matcher(line.text());
            if (mentioned.find()) {
                Optional<Cycle> other = identity.cycleOf(mentioned.group(1), mentioned.group(2));
                if (other.isPresent() && !other.get().id().equals(cycle.id())) {
                    note(ExtractionNote.at(Kind.OTHER_CYCLE, source, line.at(0), "A cause of concern from " + other.get().name()
                            + " with " + recommendations.size() + " recommendations (\"" + body.text() + "\") is recognised; it is "
                            + "not placed in the " + cycle.name() + " assessment"));
                    return;
                }
            }
            addFinding(new CauseOfConcern(sectionQuestion().map(Question::id), body.text(), false, recommendations), body, 0);
        }

        private void addFinding(Finding f, PageText.Line line, int index) {
            findings.add(new Located<>(f, source, line.at(index), line.text()));
        }

        private void setInspector(String name, PageText.Line line, int index) {
            if (inspector == null) {
                inspector = new Located<>(name.strip(), source, line.at(index), line.text());
            }
        }
    }

    private static String sentence(String bullet) {
        String s = bullet.strip().replaceAll("(;| and)+$", "").replaceAll("[;.]$", "").replaceAll("; and$", "");
        s = s.replaceAll(";$", "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}

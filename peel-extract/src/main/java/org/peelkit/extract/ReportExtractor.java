package org.peelkit.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelkit.io.PeelReadException;
import org.peelkit.model.Assessment;
import org.peelkit.model.Catalogue;
import org.peelkit.model.CauseOfConcern;
import org.peelkit.model.AreaForImprovement;
import org.peelkit.model.Cycle;
import org.peelkit.model.Finding;
import org.peelkit.model.Force;
import org.peelkit.model.ForceName;
import org.peelkit.model.Grade;
import org.peelkit.model.GradingLevel;
import org.peelkit.model.Judgment;
import org.peelkit.model.JudgmentStatus;
import org.peelkit.model.PartialDate;
import org.peelkit.model.Pillar;
import org.peelkit.model.Question;
import org.peelkit.model.Recommendation;
import org.peelkit.model.RecommendationStatus;

/**
 * Reads the plain text of an HMICFRS PEEL report and extracts its judgments as a PEEL assessment:
 * the 2014–2018/19 force web pages ("The extent to which the force is effective at … requires
 * improvement", "Last updated DD/MM/YYYY", the HM Inspector's name) and the reports from 2021/22
 * ("The Metropolitan Police Service is inadequate at investigating crime", and the grade line that
 * closes each section). Every value records the line it came from; text it cannot place is
 * reported, not guessed; two sentences that disagree are reported as a conflict and neither is
 * taken. Immutable and thread-safe.
 *
 * <pre>{@code
 * Extraction e = ReportExtractor.standard().extract(Path.of("metropolitan-2023-25.txt"));
 * Assessment a = e.assessment().orElseThrow();       // partial: a report's text rarely gives everything
 * e.provenanceOf("/judgments/4/grade");               // Optional[Provenance[..., line=184, text=Inadequate]]
 * e.notes().forEach(System.err::println);             // conflicts, missing judgments, unplaced text
 * }</pre>
 */
public final class ReportExtractor {

    private static final Pattern EXTENT = Pattern.compile(
            "The extent to which the force is (effective|efficient|legitimate) at .+? (requires improvement|is (?:outstanding|good|inadequate))\\.?");
    private static final Pattern IN_RESPECT = Pattern.compile(
            ".*?(requires improvement|(?:is|as) (?:outstanding|good|inadequate)) in respect of (?:its|the) (effectiveness|efficiency|legitimacy)\\b.*");
    private static final Pattern OPENING = Pattern.compile(
            "The .+? (requires improvement|is (?:outstanding|good|adequate|inadequate)) at .+\\.");
    private static final Pattern LAST_UPDATED = Pattern.compile("Last updated (\\d{2})/(\\d{2})/(\\d{4})");
    private static final Pattern INSPECTOR_LINE = Pattern.compile("(.+?), (?:Her|His) Majesty's Inspector of Constabulary");
    private static final Pattern CYCLE_SPAN = Pattern.compile("PEEL (\\d{4}) ?[-–] ?(\\d{4})");
    private static final Pattern CYCLE_SLASH = Pattern.compile("PEEL (\\d{4})/(\\d{2})");
    private static final Pattern TITLE = Pattern.compile("(.+?) (\\d{4})(?:/(\\d{2}))?");
    private static final Pattern AREA_FOR_IMPROVEMENT = Pattern.compile("Area for improvement(?: \\d+)?:? (.+)");
    private static final List<String> PAGE_SECTIONS = List.of("effectiveness", "efficiency", "legitimacy", "leadership",
            "other inspections", "other reports");

    private static final ReportExtractor STANDARD = new ReportExtractor(Catalogue.builtIn());

    private final Catalogue catalogue;

    private ReportExtractor(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** @return an extractor over the built-in catalogue */
    public static ReportExtractor standard() {
        return STANDARD;
    }

    /**
     * @param catalogue the catalogue whose cycles, questions and forces to recognise
     * @return an extractor over that catalogue
     */
    public static ReportExtractor of(Catalogue catalogue) {
        return new ReportExtractor(catalogue);
    }

    /**
     * @param file a report's plain text, UTF-8
     * @return what could be extracted
     * @throws PeelReadException when the file cannot be read
     */
    public Extraction extract(Path file) {
        try {
            return extract(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new PeelReadException(file.toString(), 0, 0, "Cannot read the report: " + e.getMessage());
        }
    }

    /**
     * @param text   a report's plain text
     * @param source a name for it in messages
     * @return what could be extracted
     */
    public Extraction extract(String text, String source) {
        return new Reading(source, text).read();
    }

    /** The work of one extraction. */
    private final class Reading {
        private final String source;
        private final List<String> lines = new ArrayList<>();
        private final List<Provenance> provenance = new ArrayList<>();
        private final List<ExtractionNote> notes = new ArrayList<>();
        private final List<Judgment> judgments = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private String inspector;
        private int inspectorLine;

        Reading(String source, String text) {
            this.source = source;
            for (String line : text.split("\\R", -1)) {
                lines.add(normalise(line));
            }
        }

        Extraction read() {
            Optional<Located<Cycle>> cycle = cycle();
            Optional<Located<Force>> force = force();
            if (cycle.isEmpty()) {
                notes.add(new ExtractionNote(ExtractionNote.Kind.MISSING, 0,
                        "No PEEL cycle is named in the text (e.g. \"PEEL 2023–2025\", or a title such as \"Metropolitan 2016\")"));
            }
            if (force.isEmpty()) {
                notes.add(new ExtractionNote(ExtractionNote.Kind.MISSING, 0, "No force of the catalogue is named in the text"));
            }
            if (cycle.isEmpty() || force.isEmpty()) {
                return new Extraction(source, Optional.empty(), provenance, notes);
            }
            Cycle c = cycle.get().value();
            provenance.add(new Provenance("/force", force.get().line(), line(force.get().line())));
            provenance.add(new Provenance("/cycle", cycle.get().line(), line(cycle.get().line())));
            if (c.gradingLevel() == GradingLevel.PILLARS) {
                readPillarPage(c);
            } else {
                readAreaReport(c, force.get().value());
            }
            Assessment.Builder b = Assessment.builder(force.get().value().id(), c.id()).partial(true).judgments(judgments);
            findings.forEach(b::finding);
            if (inspector != null) {
                b.inspector(inspector);
                provenance.add(new Provenance("/inspector", inspectorLine, line(inspectorLine)));
            }
            return new Extraction(source, Optional.of(b.build()), provenance, notes);
        }

        // ---- the force and the cycle ---------------------------------------------------------

        private Optional<Located<Cycle>> cycle() {
            Map<String, Integer> firstMention = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Optional<String> heading = cycleHeading(line);
                if (heading.isPresent() && catalogue.cycle(heading.get()).isPresent()) {
                    return Optional.of(new Located<>(catalogue.cycle(heading.get()).get(), i + 1));
                }
                for (Pattern p : List.of(CYCLE_SPAN, CYCLE_SLASH)) {
                    Matcher m = p.matcher(line);
                    while (m.find()) {
                        firstMention.putIfAbsent(cycleId(m.group(1), m.group(2)), i + 1);
                    }
                }
            }
            return firstMention.entrySet().stream().filter(e -> catalogue.cycle(e.getKey()).isPresent()).findFirst()
                    .map(e -> new Located<>(catalogue.cycle(e.getKey()).get(), e.getValue()));
        }

        /** A line that is only a cycle's name: "PEEL 2023–2025", or a page title "Metropolitan 2016". */
        private Optional<String> cycleHeading(String line) {
            Matcher span = CYCLE_SPAN.matcher(line);
            if (span.matches()) {
                return Optional.of(cycleId(span.group(1), span.group(2)));
            }
            Matcher slash = CYCLE_SLASH.matcher(line);
            if (slash.matches()) {
                return Optional.of(cycleId(slash.group(1), slash.group(2)));
            }
            Matcher title = TITLE.matcher(line);
            if (title.matches() && forceBySlug(title.group(1)).isPresent()) {
                return Optional.of(title.group(3) == null ? title.group(2) : title.group(2) + "-" + title.group(3));
            }
            return Optional.empty();
        }

        private static String cycleId(String first, String last) {
            return first + "-" + last.substring(last.length() - 2);
        }

        private Optional<Force> forceBySlug(String shortName) {
            return catalogue.force(shortName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        }

        private Optional<Located<Force>> force() {
            for (int i = 0; i < Math.min(3, lines.size()); i++) {
                Matcher title = TITLE.matcher(lines.get(i));
                if (title.matches() && forceBySlug(title.group(1)).isPresent()) {
                    return Optional.of(new Located<>(forceBySlug(title.group(1)).get(), i + 1));
                }
            }
            Force best = null;
            int bestCount = 0;
            int bestLine = 0;
            boolean tie = false;
            for (Force f : catalogue.forces()) {
                int count = 0;
                int first = 0;
                for (ForceName name : f.names()) {
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains(name.name())) {
                            count++;
                            first = first == 0 ? i + 1 : Math.min(first, i + 1);
                        }
                    }
                }
                if (count > bestCount) {
                    best = f;
                    bestCount = count;
                    bestLine = first;
                    tie = false;
                } else if (count == bestCount && count > 0) {
                    tie = true;
                }
            }
            if (tie) {
                notes.add(new ExtractionNote(ExtractionNote.Kind.UNPLACED, 0,
                        "Two or more forces are named equally often; the report's force could not be told"));
                return Optional.empty();
            }
            int line = bestLine;
            return Optional.ofNullable(best).map(f -> new Located<>(f, line));
        }

        // ---- 2014 to 2018/19: force web pages ------------------------------------------------

        private void readPillarPage(Cycle cycle) {
            Map<Pillar, Located<Grade>> headline = new LinkedHashMap<>();
            Map<String, Located<PartialDate>> updated = new HashMap<>();
            Map<Pillar, Located<Grade>> restated = new HashMap<>();
            String section = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int n = i + 1;
                Matcher extent = EXTENT.matcher(line);
                Matcher hmi = INSPECTOR_LINE.matcher(line);
                Matcher date = LAST_UPDATED.matcher(line);
                Matcher respect = IN_RESPECT.matcher(line);
                if (extent.matches()) {
                    Pillar p = pillarOf(extent.group(1));
                    headline.putIfAbsent(p, new Located<>(gradeOf(extent.group(2)), n));
                } else if (hmi.matches()) {
                    setInspector(hmi.group(1), n);
                } else if (PAGE_SECTIONS.contains(line.toLowerCase(Locale.ROOT))) {
                    section = line.toLowerCase(Locale.ROOT);
                } else if (date.matches()) {
                    Optional<PartialDate> d = date(date, n);
                    if (d.isPresent() && section != null && cycle.question(section).isPresent()) {
                        updated.putIfAbsent(section, new Located<>(d.get(), n));
                    } else if (d.isPresent()) {
                        notes.add(new ExtractionNote(ExtractionNote.Kind.UNPLACED, n, "'" + line + "' belongs to "
                                + (section == null ? "no section" : "the section '" + section + "'")
                                + ", which is not a judgment of " + cycle.name()));
                    }
                } else if (respect.matches()) {
                    restated.putIfAbsent(Pillar.fromId(respect.group(2)).orElseThrow(),
                            new Located<>(gradeOf(respect.group(1)), n));
                }
            }
            for (Question q : cycle.questions()) {
                if (q.isPillar()) {
                    pillarJudgment(cycle, q, headline.get(q.pillar().get()), restated.get(q.pillar().get()), updated.get(q.id()));
                } else if (q.id().equals("leadership") && updated.containsKey("leadership")) {
                    Located<PartialDate> d = updated.get("leadership");
                    addJudgment(Judgment.of(q.id(), JudgmentStatus.UNGRADED).withUpdated(d.value()), "/status", d.line(), d);
                }
            }
        }

        private void pillarJudgment(Cycle cycle, Question q, Located<Grade> headline, Located<Grade> restated,
                                    Located<PartialDate> updated) {
            if (headline == null) {
                if (q.graded() && q.required()) {
                    notes.add(new ExtractionNote(ExtractionNote.Kind.MISSING, 0, "No sentence gives the " + q.id()
                            + " grade (\"The extent to which the force is ... at ...\")"));
                }
                return;
            }
            if (restated != null && restated.value() != headline.value()) {
                notes.add(new ExtractionNote(ExtractionNote.Kind.CONFLICT, restated.line(), "The " + q.id()
                        + " grade is '" + headline.value().id() + "' at line " + headline.line() + " but '"
                        + restated.value().id() + "' at line " + restated.line() + "; neither was taken"));
                return;
            }
            Judgment j = Judgment.of(q.id(), headline.value());
            addJudgment(updated == null ? j : j.withUpdated(updated.value()), "/grade", headline.line(), updated);
        }

        private static Pillar pillarOf(String adjective) {
            return switch (adjective) {
                case "effective" -> Pillar.EFFECTIVENESS;
                case "efficient" -> Pillar.EFFICIENCY;
                default -> Pillar.LEGITIMACY;
            };
        }

        // ---- from 2021/22: reports by area ---------------------------------------------------

        private void readAreaReport(Cycle cycle, Force force) {
            Map<String, Question> headings = new HashMap<>();
            for (Question q : cycle.questions()) {
                headings.put(q.label().toLowerCase(Locale.ROOT), q);
            }
            cycle.question("victim-service-assessment").ifPresent(q -> headings.put("victim service assessment", q));
            Section current = null;
            java.util.Set<Question> opened = new java.util.HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int n = i + 1;
                Question heading = headings.get(line.toLowerCase(Locale.ROOT));
                if (heading != null && !opened.add(heading)) {
                    heading = null; // a section opens once; a later heading of the same name is text (e.g. in "About the data")
                }
                Optional<Grade> gradeLine = gradeLine(line);
                if (heading != null) {
                    close(current);
                    current = heading.graded() || heading.required() ? new Section(heading, n) : null;
                } else if (gradeLine.isPresent()) {
                    if (current != null && current.question.graded()) {
                        current.closing = new Located<>(gradeLine.get(), n);
                        close(current);
                        current = null;
                    } else {
                        notes.add(new ExtractionNote(ExtractionNote.Kind.UNPLACED, n, "The grade line '" + line
                                + "' is not in a graded section that the extractor recognised"));
                    }
                } else if (line.equals("HM Inspector of Constabulary") && i > 0) {
                    setInspector(lines.get(i - 1), i);
                } else if (line.contains("cause of concern states that:")) {
                    causeOfConcern(cycle, current, i);
                } else {
                    Matcher opening = OPENING.matcher(line);
                    Matcher afi = AREA_FOR_IMPROVEMENT.matcher(line);
                    if (current != null && current.opening == null && opening.matches()) {
                        current.opening = new Located<>(gradeOf(opening.group(1)), n);
                    } else if (afi.matches()) {
                        Optional<String> q = Optional.ofNullable(current).map(s -> s.question.id());
                        addFinding(new AreaForImprovement(q, afi.group(1)), n);
                    }
                }
            }
            close(current);
            for (Question q : cycle.requiredQuestions()) {
                boolean judged = judgments.stream().anyMatch(j -> j.question().equals(q.id()));
                boolean conflicted = notes.stream().anyMatch(x -> x.kind() == ExtractionNote.Kind.CONFLICT
                        && x.message().contains("'" + q.label() + "'"));
                if (!judged && !conflicted) {
                    notes.add(new ExtractionNote(ExtractionNote.Kind.MISSING, 0, "No section of the text gives the judgment '"
                            + q.label() + "' (" + q.id() + "), which " + cycle.name() + " requires"));
                }
            }
        }

        private void close(Section s) {
            if (s == null) {
                return;
            }
            Question q = s.question;
            if (!q.graded()) {
                addJudgment(Judgment.of(q.id(), JudgmentStatus.UNGRADED), "/status", s.heading, null);
                return;
            }
            if (s.opening != null && s.closing != null && s.opening.value() != s.closing.value()) {
                notes.add(new ExtractionNote(ExtractionNote.Kind.CONFLICT, s.closing.line(), "Section '" + q.label()
                        + "' opens with '" + s.opening.value().id() + "' (line " + s.opening.line() + ") but closes with '"
                        + s.closing.value().id() + "' (line " + s.closing.line() + "); neither was taken"));
                return;
            }
            Located<Grade> grade = s.closing != null ? s.closing : s.opening;
            if (grade == null) {
                notes.add(new ExtractionNote(ExtractionNote.Kind.MISSING, s.heading, "Section '" + q.label()
                        + "' gives no grade"));
                return;
            }
            addJudgment(Judgment.of(q.id(), grade.value()), "/grade", grade.line(), null);
        }

        /** A cause of concern: its text on the next line, recommendations after "The force should:". */
        private void causeOfConcern(Cycle cycle, Section current, int i) {
            int n = i + 1;
            if (i + 1 >= lines.size()) {
                return;
            }
            String text = lines.get(i + 1);
            List<Recommendation> recommendations = new ArrayList<>();
            int j = i + 2;
            while (j < lines.size() && j < i + 5 && !lines.get(j).equals("The force should:")) {
                j++;
            }
            for (j++; j < lines.size() && lines.get(j).startsWith("- "); j++) {
                recommendations.add(new Recommendation(sentence(lines.get(j).substring(2)), RecommendationStatus.OPEN,
                        Optional.empty()));
            }
            Optional<String> mentioned = mentionedCycle(lines.get(i));
            if (mentioned.isPresent() && !mentioned.get().equals(cycle.id())) {
                String name = catalogue.cycle(mentioned.get()).map(Cycle::name).orElse(mentioned.get());
                notes.add(new ExtractionNote(ExtractionNote.Kind.OTHER_CYCLE, n, "A cause of concern from " + name
                        + " with " + recommendations.size() + " recommendations (\"" + text + "\") is recognised; it is not "
                        + "placed in the " + cycle.name() + " assessment"));
                return;
            }
            Optional<String> question = Optional.ofNullable(current).map(s -> s.question.id());
            addFinding(new CauseOfConcern(question, text, false, recommendations), n + 1);
        }

        private Optional<String> mentionedCycle(String line) {
            for (Pattern p : List.of(CYCLE_SPAN, CYCLE_SLASH)) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return Optional.of(cycleId(m.group(1), m.group(2)));
                }
            }
            return Optional.empty();
        }

        // ---- shared --------------------------------------------------------------------------

        private void addJudgment(Judgment j, String field, int line, Located<PartialDate> updated) {
            String at = "/judgments/" + judgments.size();
            judgments.add(j);
            provenance.add(new Provenance(at + field, line, line(line)));
            if (updated != null) {
                provenance.add(new Provenance(at + "/updated", updated.line(), line(updated.line())));
            }
        }

        private void addFinding(Finding f, int line) {
            provenance.add(new Provenance("/findings/" + findings.size(), line, line(line)));
            findings.add(f);
        }

        private void setInspector(String name, int line) {
            if (inspector == null) {
                inspector = name.strip();
                inspectorLine = line;
            }
        }

        private Optional<PartialDate> date(Matcher m, int line) {
            try {
                return Optional.of(PartialDate.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)))));
            } catch (java.time.DateTimeException e) {
                notes.add(new ExtractionNote(ExtractionNote.Kind.UNPLACED, line, "'" + m.group() + "' is not a calendar date"));
                return Optional.empty();
            }
        }

        private String line(int n) {
            return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
        }
    }

    /** A section of an area report, between its heading and its closing grade line. */
    private static final class Section {
        final Question question;
        final int heading;
        Located<Grade> opening;
        Located<Grade> closing;

        Section(Question question, int heading) {
            this.question = question;
            this.heading = heading;
        }
    }

    /** A value and the line it came from. */
    private record Located<T>(T value, int line) {
    }

    /** A line that is only a grade, as closes each section of a 2021/22 or later report. */
    private static Optional<Grade> gradeLine(String line) {
        if (line.length() > 24) {
            return Optional.empty();
        }
        for (Grade g : Grade.values()) {
            if (g.label().equalsIgnoreCase(line)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** "requires improvement", "is good", "as inadequate" to a grade. */
    private static Grade gradeOf(String phrase) {
        return Grade.parse(phrase.replaceFirst("^(is|as) ", ""));
    }

    /** Typographic quotes and dashes to plain ones, spaces folded, ends trimmed. */
    private static String normalise(String line) {
        return line.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00A0', ' ')
                .replaceAll("[ \\t]+", " ").strip();
    }

    private static String sentence(String bullet) {
        String s = bullet.strip().replaceAll("(;| and)+$", "").replaceAll("[;.]$", "").replaceAll("; and$", "");
        s = s.replaceAll(";$", "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
